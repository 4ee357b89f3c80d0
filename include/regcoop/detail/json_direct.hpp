#pragma once
/// @file detail/json_direct.hpp
/// @brief A fast path for small JSON texts read straight into a described type, without a
/// document tree: the CSV reader's cells holding lists of structures. It accepts only what
/// the tree-based reader (`json.hpp`) reads without a problem and to the same value; on
/// anything else (a problem, an escape it does not handle, a null, a duplicate or unknown
/// member, a missing required member) it answers false and the caller reads the text with
/// the tree-based reader, which reports the problems. Needs no JSON library.

#include "regcoop/model/date.hpp"
#include "regcoop/model/enum.hpp"
#include "regcoop/detail/walk.hpp"

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

namespace regcoop::detail::json_direct {

struct cursor {
  const char* p;
  const char* e;
  void ws() noexcept {
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) ++p;
  }
  bool eat(char c) noexcept {
    ws();
    if (p < e && *p == c) {
      ++p;
      return true;
    }
    return false;
  }
};

// The length of the well-formed UTF-8 sequence at `s` (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0.
inline std::size_t utf8_length(const unsigned char* s, const unsigned char* e) noexcept {
  const unsigned char c = s[0];
  const auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return s + k < e && s[k] >= lo && s[k] <= hi;
  };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/// True when `s` is well-formed UTF-8 (what JSON text must be). O(size); ASCII runs are
/// checked a byte at a time without decoding.
inline bool valid_utf8(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* e = p + s.size();
  while (p < e) {
    if (e - p >= 8) {  // eight ASCII bytes at once
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      if ((w & 0x8080808080808080u) == 0) {
        p += 8;
        continue;
      }
    }
    if (*p < 0x80) {
      ++p;
      continue;
    }
    const std::size_t n = utf8_length(p, e);
    if (n == 0) return false;
    p += n;
  }
  return true;
}

// A JSON string; the simple escapes are decoded, \u escapes are left to the tree reader.
inline bool string(cursor& c, std::string& out) {
  if (!c.eat('"')) return false;
  out.clear();
  while (c.p < c.e) {
    // A run of plain ASCII is copied at once.
    const char* run = c.p;
    while (run < c.e && static_cast<unsigned char>(*run) >= 0x20 && static_cast<unsigned char>(*run) < 0x80 && *run != '"' &&
           *run != '\\')
      ++run;
    if (run != c.p) {
      out.append(c.p, static_cast<std::size_t>(run - c.p));
      c.p = run;
      if (c.p == c.e) break;
    }
    const char ch = *c.p;
    if (ch == '"') {
      ++c.p;
      return true;
    }
    if (static_cast<unsigned char>(ch) < 0x20) return false;
    if (ch == '\\') {
      if (++c.p >= c.e) return false;
      switch (*c.p++) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        default: return false;
      }
      continue;
    }
    const std::size_t n = utf8_length(reinterpret_cast<const unsigned char*>(c.p), reinterpret_cast<const unsigned char*>(c.e));
    if (n == 0) return false;
    out.append(c.p, n);
    c.p += n;
  }
  return false;
}

// A JSON number token (RFC 8259 grammar); `whole` when it has no fraction or exponent.
inline bool number_token(cursor& c, std::string_view& tok, bool& whole) {
  c.ws();
  const char* b = c.p;
  const char* p = c.p;
  const auto digit = [&] { return p < c.e && *p >= '0' && *p <= '9'; };
  if (p < c.e && *p == '-') ++p;
  if (!digit()) return false;
  if (*p == '0') ++p;
  else
    while (digit()) ++p;
  whole = true;
  if (p < c.e && *p == '.') {
    whole = false;
    ++p;
    if (!digit()) return false;
    while (digit()) ++p;
  }
  if (p < c.e && (*p == 'e' || *p == 'E')) {
    whole = false;
    ++p;
    if (p < c.e && (*p == '+' || *p == '-')) ++p;
    if (!digit()) return false;
    while (digit()) ++p;
  }
  if (p - b > 40) return false;  // long tokens: the tree reader decides
  tok = std::string_view(b, static_cast<std::size_t>(p - b));
  c.p = p;
  return true;
}

template <class T>
bool value(cursor& c, T& out, std::string& scratch);

template <class T>
bool members(cursor& c, T& out, std::string& scratch) {
  constexpr std::size_t n = member_count<T>;
  constexpr const auto& names = member_names<T>;
  std::array<bool, n> seen{};
  if (!c.eat('{')) return false;
  if (!c.eat('}')) {
    std::string key;
    do {
      if (!string(c, key) || !c.eat(':')) return false;
      std::size_t m = n;
      for (std::size_t i = 0; i < n; ++i)
        if (names[i] == key) m = i;
      if (m == n || seen[m]) return false;  // unknown or repeated: the tree reader reports or decides
      seen[m] = true;
      bool ok = false;
      std::size_t i = 0;
      for_each_member<T>([&](auto d) {
        if (i++ == m) ok = value(c, out.*d.pointer, scratch);
      });
      if (!ok) return false;
    } while (c.eat(','));
    if (!c.eat('}')) return false;
  }
  bool complete = true;
  std::size_t i = 0;
  for_each_member<T>([&](auto d) {
    using M = member_type<T, decltype(d)>;
    if constexpr (is_id_v<M> || std::is_floating_point_v<M>) complete = complete && seen[i];
    ++i;
  });
  return complete;
}

template <class T>
bool value(cursor& c, T& out, std::string& scratch) {
  constexpr shape s = shape_of<T>;
  if constexpr (s == shape::optional) {
    out.emplace();
    return value(c, *out, scratch);  // null: the tree reader
  } else if constexpr (s == shape::list) {
    out.clear();
    if (!c.eat('[')) return false;
    if (c.eat(']')) return true;
    do {
      out.emplace_back();
      if (!value(c, out.back(), scratch)) return false;
    } while (c.eat(','));
    return c.eat(']');
  } else if constexpr (s == shape::id) {
    return string(c, out.value);
  } else if constexpr (s == shape::text) {
    return string(c, out);
  } else if constexpr (s == shape::date) {
    if (!string(c, scratch)) return false;
    const auto d = partial_date::try_parse(scratch);
    if (!d) return false;
    out = *d;
    return true;
  } else if constexpr (s == shape::enumeration) {
    if (!string(c, scratch)) return false;
    const auto e = try_enum_from_string<T>(scratch);
    if (!e) return false;
    out = *e;
    return true;
  } else if constexpr (s == shape::boolean) {
    c.ws();
    const std::string_view rest(c.p, static_cast<std::size_t>(c.e - c.p));
    if (rest.substr(0, 4) == "true") {
      out = true;
      c.p += 4;
      return true;
    }
    if (rest.substr(0, 5) == "false") {
      out = false;
      c.p += 5;
      return true;
    }
    return false;
  } else if constexpr (s == shape::integer) {
    std::string_view tok;
    bool whole = false;
    if (!number_token(c, tok, whole) || !whole) return false;
    std::int64_t v = 0;
    const auto r = std::from_chars(tok.data(), tok.data() + tok.size(), v);
    if (r.ec != std::errc() || v < std::numeric_limits<T>::min() || v > std::numeric_limits<T>::max()) return false;
    out = static_cast<T>(v);
    return true;
  } else if constexpr (s == shape::real) {
    std::string_view tok;
    bool whole = false;
    if (!number_token(c, tok, whole)) return false;
    double v = 0;
    const auto r = std::from_chars(tok.data(), tok.data() + tok.size(), v);
    if (r.ec != std::errc()) return false;
    if (whole && (v >= 9007199254740992.0 || v <= -9007199254740992.0)) return false;  // an integer a double may not hold exactly
    if (whole && v == 0) v = 0;  // "-0" is the integer 0, as in the tree reader: not -0.0
    out = static_cast<T>(v);
    return true;
  } else {
    return members(c, out, scratch);
  }
}

/// Reads `text` (one JSON value, whitespace around it) into `out`. True when read; false
/// when the tree-based reader must decide (then `out` holds a partial value). O(size).
template <class T>
bool read(std::string_view text, T& out) {
  cursor c{text.data(), text.data() + text.size()};
  std::string scratch;
  if (!value(c, out, scratch)) return false;
  c.ws();
  return c.p == c.e;
}

}  // namespace regcoop::detail::json_direct

"""What the table generators (gen_states.py, gen_countries.py) share: how a string is written
in a generated C++ table."""


def sv_literal(s):
    """`s` as a std::string_view literal: "..."sv, or {} when empty. Its length is then known,
    so constant evaluation does not count the characters of each of a table's strings (g++
    spent 0.07 s of every translation unit that includes the state tables doing that). The
    generated header says `using namespace std::string_view_literals;` in its namespace."""
    if not s:
        return "{}"
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"sv'

#pragma once
// Runs a shell command from a benchmark and measures it: what it prints, its exit status, and
// the peak resident memory of the command (the peers that run as child processes).

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

namespace bench {

/// What a command printed on standard output, its peak resident memory (KiB) and its
/// wait status.
struct ran {
  std::string out;
  long peak_kib = 0;
  int status = 0;
};

/// Runs `cmd` with /bin/sh: what it prints, and the peak resident memory (KiB) of the shell
/// and every process it waited for (the rusage wait4 reports), i.e. of the command.
inline ran run_measured(const std::string& cmd) {
  ran r;
  int fd[2];
  if (pipe(fd) != 0) return r;
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(fd[1], 1);
    close(fd[0]);
    close(fd[1]);
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fd[1]);
  char buf[256];
  for (ssize_t n; (n = read(fd[0], buf, sizeof buf)) > 0;) r.out.append(buf, static_cast<std::size_t>(n));
  close(fd[0]);
  rusage u{};
  if (pid > 0 && wait4(pid, &r.status, 0, &u) == pid) r.peak_kib = u.ru_maxrss;
  return r;
}

}  // namespace bench

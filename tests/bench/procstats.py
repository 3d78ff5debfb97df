"""What a running process costs, read from /proc (Linux only).

Memory comes from /proc/PID/smaps_rollup. PSS splits shared pages among the processes
that map them, so it is the fair "what this app adds" figure, but it drops when another
process maps the same libraries (another Qt app from the same install); USS (private
pages only) doesn't move with the neighbours; RSS counts every shared library whole.
CPU time from /proc/PID/stat (utime + stime of all threads, dead ones included), and
context switches summed over /proc/PID/task/*/status: each voluntary switch is a
thread going to sleep after a wakeup, so their rate is the app's wakeup rate.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Memory:
    pss_kib: int
    rss_kib: int
    uss_kib: int
    """Pages no other process maps: what quitting the app would give back."""


@dataclass(frozen=True)
class Activity:
    cpu_seconds: float
    voluntary: int
    involuntary: int

    def minus(self, earlier: Activity) -> Activity:
        return Activity(
            self.cpu_seconds - earlier.cpu_seconds,
            self.voluntary - earlier.voluntary,
            self.involuntary - earlier.involuntary,
        )


def memory(pid: int) -> Memory:
    fields: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            fields[key] = int(parts[0])
    private = fields["Private_Clean"] + fields["Private_Dirty"] + fields.get("Private_Hugetlb", 0)
    return Memory(pss_kib=fields["Pss"], rss_kib=fields["Rss"], uss_kib=private)


def cpu_seconds(pid: int) -> float:
    stat = Path(f"/proc/{pid}/stat").read_text()
    # the command name may hold spaces and parentheses: split after the last ')'
    fields = stat[stat.rindex(")") + 2 :].split()
    utime, stime = int(fields[11]), int(fields[12])
    return (utime + stime) / CLOCK_TICKS


def context_switches(pid: int) -> tuple[int, int]:
    voluntary = involuntary = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            text = (task / "status").read_text()
        except (FileNotFoundError, ProcessLookupError):
            continue  # the thread ended while we looked
        for line in text.splitlines():
            if line.startswith("voluntary_ctxt_switches:"):
                voluntary += int(line.split()[1])
            elif line.startswith("nonvoluntary_ctxt_switches:"):
                involuntary += int(line.split()[1])
    return voluntary, involuntary


def activity(pid: int) -> Activity:
    voluntary, involuntary = context_switches(pid)
    return Activity(cpu_seconds(pid), voluntary, involuntary)


def thread_count(pid: int) -> int:
    return len(list(Path(f"/proc/{pid}/task").iterdir()))

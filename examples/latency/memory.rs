//! Peak memory: GNU time's "Maximum resident set size" and the kernel's
//! `VmHWM` (peak resident set) from `/proc/<pid>/status`.

use std::path::Path;

/// Where GNU time lives on Debian (`apt-get install time`).
pub const GNU_TIME: &str = "/usr/bin/time";

/// Whether GNU time is installed (the shell builtin `time` has no `-v`).
pub fn gnu_time_available() -> bool {
    Path::new(GNU_TIME).is_file()
}

/// The "Maximum resident set size (kbytes)" figure of a `time -v` report.
pub fn max_rss_kb(report: &str) -> Option<u64> {
    report.lines().find_map(|line| {
        let value = line
            .trim()
            .strip_prefix("Maximum resident set size (kbytes):")?;
        value.trim().parse().ok()
    })
}

/// The `VmHWM` line of a `/proc/<pid>/status` file, in kB.
pub fn vm_hwm_kb(status: &str) -> Option<u64> {
    status.lines().find_map(|line| {
        let value = line.strip_prefix("VmHWM:")?;
        value.trim().strip_suffix("kB")?.trim().parse().ok()
    })
}

/// The peak resident set of a running process, in kB.
pub fn process_hwm_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    vm_hwm_kb(&status)
}

/// The first child of a process (the measured app when `pid` is GNU time).
pub fn first_child(pid: u32) -> Option<u32> {
    let children = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).ok()?;
    children.split_whitespace().next()?.parse().ok()
}

/// Kilobytes (as the kernel and GNU time count them, KiB) to MB (MiB).
pub fn kb_to_mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

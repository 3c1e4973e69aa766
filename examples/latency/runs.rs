//! The three measurements: start-up, keystroke-to-frame and peak memory.
//! Each run is a fresh process in a fresh pty.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::keys::Key;
use crate::memory;
use crate::pty::{Frame, Session, Target, Waits, settled_index};

/// A named sequence of keys, measured one key at a time.
#[derive(Debug, Clone)]
pub struct Script {
    pub name: String,
    pub keys: Vec<Key>,
}

/// Everything a run needs besides the target.
#[derive(Debug, Clone)]
pub struct Plan {
    pub ready: String,
    pub quit: Vec<Vec<u8>>,
    pub waits: Waits,
    /// Print each measurement's chunks to stderr.
    pub trace: bool,
}

/// Start-up times of one run, in ms from just before spawn.
#[derive(Debug, Clone, Copy)]
pub struct Startup {
    /// The chunk that made the ready text appear.
    pub ready_ms: f64,
    /// The chunk after which the screen did not change again.
    pub settled_ms: f64,
}

/// Per-script keystroke latencies (ms) and how many keys changed nothing.
#[derive(Debug, Clone, Default)]
pub struct KeyTimes {
    pub samples: Vec<f64>,
    pub unchanged: usize,
}

/// Peak memory of one run, in kB: GNU time's figure (if it ran under GNU
/// time and exited normally) and `VmHWM` read just before quitting.
#[derive(Debug, Clone, Copy)]
pub struct Memory {
    pub time_max_rss_kb: Option<u64>,
    pub vm_hwm_kb: Option<u64>,
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Spawns and waits for the first settled frame that shows the ready text.
fn start(target: &Target, plan: &Plan, wrapper: &[String]) -> Result<(Session, Startup)> {
    let mut session = Session::spawn(target, wrapper)?;
    let ready = session.await_text(&plan.ready, plan.waits.timeout)?;
    let ready_at = ready.at;
    let frames = session.settle(Some(ready), plan.waits)?;
    let settled_at = settled_at(&frames).unwrap_or(ready_at);
    if plan.trace {
        trace("start-up", session.spawned_at, &frames);
    }
    let startup = Startup {
        ready_ms: ms(ready_at - session.spawned_at),
        settled_ms: ms(settled_at - session.spawned_at),
    };
    Ok((session, startup))
}

fn settled_at(frames: &[Frame]) -> Option<Instant> {
    frames.get(settled_index(frames)?).map(|f| f.at)
}

/// One stderr line: chunk count, bytes, and each chunk's time since `from`;
/// `*` marks the chunk counted as the frame.
fn trace(what: &str, from: Instant, frames: &[Frame]) {
    let counted = settled_index(frames);
    let chunks: Vec<String> = frames
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let mark = if Some(i) == counted { "*" } else { "" };
            format!("{:.2}ms/{}B{mark}", ms(f.at - from), f.bytes)
        })
        .collect();
    eprintln!("{what}: {} chunk(s): {}", frames.len(), chunks.join(" "));
}

/// `runs` fresh starts, each quit once it is ready.
pub fn startup(target: &Target, plan: &Plan, runs: usize) -> Result<Vec<Startup>> {
    let mut results = Vec::with_capacity(runs);
    for run in 1..=runs {
        let (session, startup) =
            start(target, plan, &[]).with_context(|| format!("start-up run {run}"))?;
        session.quit(&plan.quit, plan.waits)?;
        results.push(startup);
    }
    Ok(results)
}

/// Sends one key and waits for the screen to settle. `None` if the screen
/// ended as it was before the key.
fn key_latency(session: &mut Session, key: &Key, plan: &Plan) -> Result<Option<f64>> {
    let before = session.screen();
    let sent = session.send(&key.bytes)?;
    let frames = session
        .settle(None, plan.waits)
        .with_context(|| format!("after key {}", key.label))?;
    if plan.trace {
        trace(&format!("key {:?}", key.label), sent, &frames);
    }
    let changed = frames.last().is_some_and(|f| f.screen != before);
    Ok(if changed {
        settled_at(&frames).map(|at| ms(at - sent))
    } else {
        None
    })
}

/// `runs` fresh processes; in each, every script in order, one key at a
/// time. Returns one `KeyTimes` per script.
pub fn keystrokes(
    target: &Target,
    plan: &Plan,
    scripts: &[Script],
    runs: usize,
) -> Result<Vec<KeyTimes>> {
    let mut times = vec![KeyTimes::default(); scripts.len()];
    for run in 1..=runs {
        let (mut session, _) =
            start(target, plan, &[]).with_context(|| format!("keystroke run {run}"))?;
        for (script, out) in scripts.iter().zip(times.iter_mut()) {
            for key in &script.keys {
                match key_latency(&mut session, key, plan)? {
                    Some(latency) => out.samples.push(latency),
                    None => out.unchanged += 1,
                }
            }
        }
        session.quit(&plan.quit, plan.waits)?;
    }
    Ok(times)
}

/// `runs` fresh processes, under GNU time when it is installed, each
/// driven through every script before its peak memory is read.
pub fn memory(
    target: &Target,
    plan: &Plan,
    scripts: &[Script],
    runs: usize,
) -> Result<Vec<Memory>> {
    let mut results = Vec::with_capacity(runs);
    for run in 1..=runs {
        let report = tempfile::NamedTempFile::new()?;
        let wrapper: Vec<String> = if memory::gnu_time_available() {
            let path = report.path().display().to_string();
            vec![memory::GNU_TIME.into(), "-v".into(), "-o".into(), path]
        } else {
            Vec::new()
        };
        let (mut session, _) =
            start(target, plan, &wrapper).with_context(|| format!("memory run {run}"))?;
        for key in scripts.iter().flat_map(|s| &s.keys) {
            key_latency(&mut session, key, plan)?;
        }
        let app_pid = match (session.pid(), wrapper.is_empty()) {
            (Some(pid), true) => Some(pid),
            (Some(pid), false) => memory::first_child(pid),
            (None, _) => None,
        };
        let vm_hwm_kb = app_pid.and_then(memory::process_hwm_kb);
        session.quit(&plan.quit, plan.waits)?;
        let time_max_rss_kb = if wrapper.is_empty() {
            None
        } else {
            memory::max_rss_kb(&std::fs::read_to_string(report.path())?)
        };
        results.push(Memory {
            time_max_rss_kb,
            vm_hwm_kb,
        });
    }
    Ok(results)
}

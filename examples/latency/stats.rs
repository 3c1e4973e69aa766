//! Summaries of samples and the Markdown table they are printed as.

use std::fmt::Write as _;

/// The summary of one measurement's samples.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub n: usize,
    pub median: f64,
    pub p95: f64,
    pub min: f64,
    pub max: f64,
}

/// Median (mean of the two middle values for an even count) and the 95th
/// percentile by the nearest-rank method (the smallest sample with at least
/// 95% of the samples at or below it). `None` for no samples.
pub fn summarize(samples: &[f64]) -> Option<Summary> {
    let mut sorted: Vec<f64> = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    let (first, last) = (*sorted.first()?, *sorted.last()?);
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    };
    // Nearest rank: ceil(0.95 * n), 1-based. Integer arithmetic avoids
    // 0.95 * 20 = 19.000000000000004 rounding up to 20.
    let rank = (95 * n).div_ceil(100).max(1);
    Some(Summary {
        n,
        median,
        p95: sorted[rank - 1],
        min: first,
        max: last,
    })
}

/// One row of the results table.
#[derive(Debug, Clone)]
pub struct Row {
    pub name: String,
    pub unit: &'static str,
    pub summary: Option<Summary>,
    /// Keys after which the screen did not change (not in the samples).
    pub unchanged: usize,
}

/// The results as a Markdown table, ready to paste.
pub fn table(rows: &[Row]) -> String {
    let mut out = String::new();
    out.push_str("| measurement | n | median | p95 | min | max | no change |\n");
    out.push_str("|---|---:|---:|---:|---:|---:|---:|\n");
    for row in rows {
        let cells = match &row.summary {
            Some(s) => format!(
                "{} | {} | {} | {} | {}",
                s.n,
                value(s.median, row.unit),
                value(s.p95, row.unit),
                value(s.min, row.unit),
                value(s.max, row.unit)
            ),
            None => "0 | - | - | - | -".to_string(),
        };
        let _ = writeln!(out, "| {} | {cells} | {} |", row.name, row.unchanged);
    }
    out
}

fn value(v: f64, unit: &str) -> String {
    if v < 10.0 {
        format!("{v:.2} {unit}")
    } else {
        format!("{v:.1} {unit}")
    }
}

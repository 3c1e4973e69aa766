use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cdtriage::cli::Cli::parse();
    match cdtriage::cli::run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("cdtriage: {err:#}");
            ExitCode::FAILURE
        }
    }
}

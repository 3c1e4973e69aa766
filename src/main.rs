use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cdtriage::cli::Cli::parse();
    match cdtriage::cli::run(cli) {
        Ok(code) => code,
        Err(err) => {
            // An error can quote a file's contents: no control characters.
            let message = format!("{err:#}");
            eprintln!("cdtriage: {}", cdtriage::domain::printable(&message));
            ExitCode::FAILURE
        }
    }
}

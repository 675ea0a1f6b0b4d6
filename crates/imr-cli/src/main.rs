//! `imr-packet`: check a case, inspect documents, build the IMR packet.

use std::process::ExitCode;

mod cli;
mod output;

fn main() -> ExitCode {
    cli::run()
}

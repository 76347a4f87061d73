//! `lagscope simulate`: reads a scenario (a file or a preset name), optionally starts it from a
//! dumped group, runs the core's simulator and prints the result in the format asked for.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use lagscope_core::l10n::Localizer;
use lagscope_core::sim::{Scenario, export, presets, scenario_from_group, simulate};

#[derive(Debug, clap::Args)]
#[allow(clippy::struct_excessive_bools, reason = "one flag per output format, as the command line reads")]
pub(crate) struct SimulateArgs {
    /// A scenario JSON file, or a preset's name (see --list).
    scenario: Option<String>,
    /// The seed: the same scenario and seed give the same run, natively and in the browser.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Start from a real group: its topics, partitions, offsets and hosts replace the scenario's.
    #[arg(long, value_name = "DUMP")]
    from_dump: Option<PathBuf>,
    /// The group in --from-dump, when it holds several.
    #[arg(long, requires = "from_dump")]
    group: Option<String>,
    /// Print the whole run as JSON.
    #[arg(long, group = "format")]
    json: bool,
    /// Print a lag CSV (time, group, topic, partition, offsets, lag, host).
    #[arg(long, group = "format")]
    csv: bool,
    /// Print `kafka-consumer-groups.sh --describe` dumps, one per sample after a `date` line.
    #[arg(long, group = "format")]
    dump: bool,
    /// Print the consumers' and the broker's logs (Spring Boot's and Kafka's layouts), one line
    /// per event, each after its host.
    #[arg(long, group = "format")]
    logs: bool,
    /// Print a fingerprint of the run (to compare two runs or two platforms).
    #[arg(long, group = "format")]
    digest: bool,
    /// Print the scenario as it will run (after --from-dump), and do not run it.
    #[arg(long, group = "format")]
    print_scenario: bool,
    /// List the presets.
    #[arg(long)]
    list: bool,
}

pub(crate) fn run(arguments: &SimulateArgs, localizer: &Localizer) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    if arguments.list {
        for preset in presets::PRESETS {
            writeln!(stdout, "{:<30} {}", preset.name, localizer.render(&preset.description()))?;
        }
        return Ok(());
    }
    let Some(name) = arguments.scenario.as_deref() else {
        anyhow::bail!(localizer.render(&lagscope_core::msg!("sim-error-no-scenario")));
    };
    let mut scenario = load(name, localizer)?;
    if let Some(dump) = &arguments.from_dump {
        let parsed = super::read_dump(dump, localizer)?;
        let group =
            super::choose_group(&parsed.snapshot.groups, arguments.group.as_deref(), dump, localizer)?;
        let (from_dump, assumptions) = scenario_from_group(group, &scenario)
            .map_err(|error| anyhow::anyhow!("{}: {}", dump.display(), localizer.render(&error.message)))?;
        for assumption in assumptions {
            eprintln!("{}", localizer.render(&lagscope_core::msg!("sim-assumed", assumption = assumption)));
        }
        scenario = from_dump;
    }
    if arguments.print_scenario {
        serde_json::to_writer_pretty(&mut stdout, &scenario)?;
        writeln!(stdout)?;
        return Ok(());
    }
    let outcome = simulate(&scenario, arguments.seed)
        .map_err(|error| anyhow::anyhow!("{name}: {}", localizer.render(&error.message)))?;
    if arguments.json {
        serde_json::to_writer(&mut stdout, &localizer.to_json(&outcome)?)?;
        writeln!(stdout)?;
    } else if arguments.csv {
        stdout.write_all(export::lag_csv(&outcome).as_bytes())?;
    } else if arguments.dump {
        stdout.write_all(export::timed_dumps(&outcome).as_bytes())?;
    } else if arguments.logs {
        stdout.write_all(lagscope_core::sim::log_export::logs(&scenario, &outcome).as_bytes())?;
    } else if arguments.digest {
        writeln!(stdout, "{}", lagscope_core::sim::digest(&outcome))?;
    } else {
        stdout.write_all(export::text_summary(&outcome, localizer).as_bytes())?;
    }
    stdout.flush()?;
    Ok(())
}

/// A scenario file, or a preset by name.
fn load(name: &str, localizer: &Localizer) -> anyhow::Result<Scenario> {
    if let Some(preset) = presets::preset(name) {
        return preset.map_err(|error| {
            anyhow::anyhow!(localizer.render(&lagscope_core::msg!(
                "sim-error-preset",
                name = name,
                error = error.message
            )))
        });
    }
    let path = PathBuf::from(name);
    let text = std::fs::read_to_string(&path)
        .with_context(|| localizer.render(&lagscope_core::msg!("sim-error-not-found", name = name)))?;
    Scenario::from_json(&text)
        .map_err(|error| anyhow::anyhow!("{}: {}", path.display(), localizer.render(&error.message)))
}

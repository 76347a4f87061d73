//! `slow-host`: a host consuming far below its peers.

use serde_json::json;

use super::super::{
    Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs, clause, median, yes_no,
};
use crate::l10n::Arg;
use crate::msg;

pub(crate) struct SlowHost;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "slow-host", severity: FindingSeverity::Critical };

impl Rule for SlowHost {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(analysis) = inputs.analysis else { return Vec::new() };
        let mut findings = from_host_table(&analysis.host_throughput);
        for group in &analysis.groups {
            findings.extend(from_series(group));
        }
        findings
    }
}

/// The least the peers' best hour must hold for a host table to say a host is capped: a hundred
/// records an hour (fewer is too little work to tell a cap from a quiet hour).
const MIN_PEER_PEAK_PER_HOUR: f64 = 100.0;

/// A host × hour table: compare each host's peak hourly count with its peers'.
fn from_host_table(hosts: &[crate::analyze::HostThroughputSummary]) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (index, host) in hosts.iter().enumerate() {
        let Some(peak) = host.max_per_hour else { continue };
        let peers: Vec<&crate::analyze::HostThroughputSummary> =
            hosts.iter().enumerate().filter(|(other, _)| *other != index).map(|(_, peer)| peer).collect();
        let peer_peaks: Vec<f64> = peers.iter().filter_map(|peer| peer.max_per_hour).collect();
        let Some(peer_peak) = median(&peer_peaks) else { continue };
        // Peers that did nothing give no yardstick (a table of zeros names no bottleneck), a host
        // that processed nothing at all is not capped (it had no work or no consumer), and peers
        // whose best hour is under MIN_PEER_PEAK_PER_HOUR records did too little to call anyone
        // capped (two rows of 1 and 0 are no incident).
        if peers.is_empty() || peer_peak < MIN_PEER_PEAK_PER_HOUR || peak <= 0.0 || peak > 0.5 * peer_peak {
            continue;
        }
        // Peers that finished: their last interval is under 5% of their peak.
        let finished = peers
            .iter()
            .filter(|peer| matches!((peer.last_count, peer.max_per_hour), (Some(last), Some(max)) if (last as f64) < 0.05 * max))
            .count();
        let all_finished = finished == peers.len();
        let mean = host.mean_per_hour.unwrap_or(0.0);
        let peer_names: Vec<&str> = peers.iter().map(|peer| peer.host.as_str()).collect();
        let peers_finished = all_finished.then(|| {
            msg!("finding-slow-host-peers-finished", peers = Arg::list(&peer_names), host = &host.host)
        });
        findings.push(Finding {
            rule: DOCS.id,
            severity: DOCS.severity,
            title: msg!("finding-slow-host-capped-title", host = &host.host, peak = Arg::per_hour(peak)),
            summary: msg!(
                "finding-slow-host-capped-summary",
                host = &host.host,
                peak = Arg::per_hour(peak),
                mean = Arg::per_hour(mean),
                peers_peak = Arg::per_hour(peer_peak),
                share = Arg::share(peak / peer_peak),
                peers_finished = clause(peers_finished),
            ),
            evidence: [
                ("host", json!(host.host)),
                ("peak_per_hour", json!(peak)),
                ("mean_per_hour", json!(mean)),
                ("first_interval", json!(host.first_count)),
                ("peers_median_peak_per_hour", json!(peer_peak)),
                (
                    "peers_first_interval",
                    json!(peers.iter().map(|peer| peer.first_count).collect::<Vec<_>>()),
                ),
                ("peers_ran_out_of_work", json!(all_finished)),
            ]
            .into_iter()
            .collect(),
            entities: Entities { hosts: vec![host.host.clone()], ..Entities::default() },
        });
    }
    findings
}

/// A consume rate as a speed: a negative rate is a committed offset that went back (offset-rewind
/// says so), not a speed.
fn speed(rate: Option<f64>) -> Option<f64> {
    rate.filter(|rate| *rate >= 0.0)
}

/// A host's fastest interval, in records/s.
fn peak_rate(host: &crate::analyze::HostAnalysis) -> Option<f64> {
    host.consumed
        .iter()
        .filter(|interval| interval.end_ms > interval.start_ms)
        .map(|interval| {
            interval.consumed.max(0) as f64 * 1000.0 / (interval.end_ms - interval.start_ms) as f64
        })
        .reduce(f64::max)
}

/// A series: compare each host's consume rate, and its fastest interval, with its peers' median.
/// Peers that drained their share and went quiet have a low rate at the end of a series, so the
/// mean alone would flag the healthy hosts (as the engineers of `shared/seeds/000` first did); the
/// peak shows the host that cannot go faster.
fn from_series(group: &crate::analyze::GroupAnalysis) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (index, host) in group.hosts.iter().enumerate() {
        let (Some(rate), Some(share)) = (speed(host.consume_per_s), host.share_of_lag) else { continue };
        let peers: Vec<&crate::analyze::HostAnalysis> = group
            .hosts
            .iter()
            .enumerate()
            .filter(|(other, _)| *other != index)
            .map(|(_, peer)| peer)
            .collect();
        let peer_rates: Vec<f64> = peers.iter().filter_map(|peer| speed(peer.consume_per_s)).collect();
        let peer_peaks: Vec<f64> = peers.iter().filter_map(|peer| peak_rate(peer)).collect();
        let Some(peer_rate) = median(&peer_rates) else { continue };
        let peak = peak_rate(host).unwrap_or(0.0);
        let peer_peak = median(&peer_peaks).unwrap_or(0.0);
        let slow_by_rate = peer_rate > 0.0 && rate <= 0.5 * peer_rate;
        let slow_by_peak = peer_peak > 0.0 && peak <= 0.5 * peer_peak;
        if !(slow_by_rate || slow_by_peak) || host.last_lag <= 0 {
            continue;
        }
        let peers_went_quiet = !slow_by_rate
            && peers.iter().all(|peer| {
                let last = peer.consumed.last().filter(|interval| interval.end_ms > interval.start_ms);
                let last_rate = last.map_or(0.0, |interval| {
                    interval.consumed.max(0) as f64 * 1000.0 / (interval.end_ms - interval.start_ms) as f64
                });
                peak_rate(peer).is_some_and(|peer_peak| last_rate < 0.05 * peer_peak)
            });
        let drain = (rate > 0.0).then(|| host.last_lag as f64 / rate);
        let group_name = super::analysis_group_name(group);
        let group_label = super::analysis_group_label(group);
        let fastest = slow_by_peak.then(|| {
            msg!(
                "finding-slow-host-fastest",
                peak = Arg::decimal(peak, 1),
                peers_peak = Arg::decimal(peer_peak, 1),
                peers_went_quiet = yes_no(peers_went_quiet),
            )
        });
        findings.push(Finding {
            rule: DOCS.id,
            severity: DOCS.severity,
            title: if !slow_by_rate {
                msg!(
                    "finding-slow-host-peak-title",
                    host = &host.host,
                    group = group_label.clone(),
                    peak = Arg::decimal(peak, 1),
                    peers_peak = Arg::decimal(peer_peak, 1),
                )
            } else if rate > 0.0 {
                msg!(
                    "finding-slow-host-slower-title",
                    host = &host.host,
                    times = Arg::decimal(peer_rate / rate, 1),
                    group = group_label.clone(),
                )
            } else {
                msg!(
                    "finding-slow-host-nothing-title",
                    host = &host.host,
                    peers_rate = Arg::decimal(peer_rate, 1),
                    group = group_label.clone(),
                )
            },
            summary: msg!(
                "finding-slow-host-series-summary",
                host = &host.host,
                rate = Arg::decimal(rate, 1),
                partitions = host.n_partitions,
                peers_rate = Arg::decimal(peer_rate, 1),
                lag = host.last_lag,
                share = Arg::share(share),
                drain = clause(
                    drain.map(|seconds| msg!("finding-drain-at-own-rate", duration = Arg::seconds(seconds)))
                ),
                fastest = clause(fastest),
            ),
            evidence: [
                ("host", json!(host.host)),
                ("consume_per_s", json!(rate)),
                ("peers_median_consume_per_s", json!(peer_rate)),
                ("peak_consume_per_s", json!(peak)),
                ("peers_median_peak_per_s", json!(peer_peak)),
                ("peers_went_quiet", json!(peers_went_quiet)),
                ("lag", json!(host.last_lag)),
                ("share_of_lag", json!(share)),
                ("partitions", json!(host.n_partitions)),
                ("drain_seconds_at_its_rate", json!(drain)),
            ]
            .into_iter()
            .collect(),
            entities: Entities {
                groups: vec![group_name],
                hosts: vec![host.host.clone()],
                ..Entities::default()
            },
        });
    }
    findings
}

//! Production: how many records each partition holds at any time, in closed form.
//!
//! Each producer contributes a cumulative count per topic (a rate over a window, periodic bursts,
//! or a batch written over a window); keys spread it over partitions (evenly, or with a hot key).
//! A partition's log-end offset is its base plus its share of every producer's cumulative count
//! since the partition count last changed, so a query costs a few multiplications and no event.

use super::scenario::{ProduceSpec, Scenario};

/// Microseconds.
pub(crate) type Micros = i64;

/// One producer's contribution to one topic.
#[derive(Debug, Clone)]
struct Source {
    /// Records per microsecond while running (rate producers).
    per_us: f64,
    /// A batch's size (batch producers).
    batch: Option<f64>,
    from_us: Micros,
    until_us: Option<Micros>,
    over_us: Micros,
    burst: Option<(Micros, Micros)>,
    hot: Option<(i32, f64)>,
}

impl Source {
    /// Records written by `time` (from the start).
    fn cumulative(&self, time: Micros) -> f64 {
        if time <= self.from_us {
            return 0.0;
        }
        if let Some(records) = self.batch {
            if self.over_us == 0 {
                return records;
            }
            let done = (time - self.from_us) as f64 / self.over_us as f64;
            return records * done.min(1.0);
        }
        let end = self.until_us.map_or(time, |until| until.min(time));
        if end <= self.from_us {
            return 0.0;
        }
        let running = end - self.from_us;
        let active = match self.burst {
            None => running,
            Some((every, length)) => {
                let periods = running / every;
                periods * length + (running % every).min(length)
            }
        };
        self.per_us * active as f64
    }

    /// This source's share of partition `partition` of `n_partitions`.
    fn weight(&self, partition: i32, n_partitions: i32) -> f64 {
        let even = 1.0 / f64::from(n_partitions);
        match self.hot {
            Some((hot, share)) if hot < n_partitions => {
                let rest = (1.0 - share) * even;
                if partition == hot { share + rest } else { rest }
            }
            _ => even,
        }
    }
}

/// A topic's producers and its partitions' bases.
#[derive(Debug, Clone)]
struct TopicProduction {
    sources: Vec<Source>,
    /// Each source's cumulative count when the partition count last changed.
    rebased_at: Vec<f64>,
    /// Each partition's log-end offset when the partition count last changed.
    base: Vec<i64>,
    /// The partition count the producers know: partitions added since their last metadata
    /// refresh exist but receive nothing yet.
    spread_over: usize,
}

/// Every topic's production.
#[derive(Debug, Clone)]
pub(crate) struct Production {
    topics: Vec<TopicProduction>,
}

pub(crate) fn micros(seconds: f64) -> Micros {
    (seconds * 1e6).round() as Micros
}

impl Production {
    /// Production for the scenario's topics; `bases` are each partition's log-end offset at the start.
    pub(crate) fn new(scenario: &Scenario, bases: Vec<Vec<i64>>) -> Self {
        let mut topics: Vec<TopicProduction> = bases
            .into_iter()
            .map(|base| TopicProduction {
                sources: Vec::new(),
                rebased_at: Vec::new(),
                spread_over: base.len(),
                base,
            })
            .collect();
        for producer in &scenario.produce {
            let targets: Vec<usize> = scenario
                .topics
                .iter()
                .enumerate()
                .filter(|(_, topic)| producer.topics.is_empty() || producer.topics.contains(&topic.name))
                .map(|(index, _)| index)
                .collect();
            let n_targets = targets.len().max(1) as f64;
            for index in targets {
                let source = source(producer, n_targets);
                topics[index].sources.push(source);
                topics[index].rebased_at.push(0.0);
            }
        }
        Self { topics }
    }

    /// The log-end offset of a partition at `time`.
    pub(crate) fn log_end_offset(&self, topic: usize, partition: usize, time: Micros) -> i64 {
        let production = &self.topics[topic];
        if partition >= production.spread_over {
            return production.base[partition];
        }
        let n_partitions = super::engine::count(production.spread_over);
        let mut written = 0.0;
        for (source, rebased) in production.sources.iter().zip(&production.rebased_at) {
            written += source.weight(super::engine::count(partition), n_partitions)
                * (source.cumulative(time) - rebased);
        }
        production.base[partition].saturating_add(written.max(0.0).floor() as i64)
    }

    /// The topic's partition count now.
    pub(crate) fn n_partitions(&self, topic: usize) -> usize {
        self.topics[topic].base.len()
    }

    /// Raises a topic's partition count: the new partitions exist, empty, and receive records
    /// once the producers have refreshed their metadata ([`Self::producers_refreshed`]).
    pub(crate) fn add_partitions(&mut self, topic: usize, n_partitions: usize) {
        let production = &mut self.topics[topic];
        if n_partitions > production.base.len() {
            production.base.resize(n_partitions, 0);
        }
    }

    /// The producers' metadata refresh at `time`: existing partitions keep their offsets, and keys
    /// spread over every partition from then on.
    pub(crate) fn producers_refreshed(&mut self, topic: usize, time: Micros) {
        let n_partitions = self.topics[topic].base.len();
        if n_partitions == self.topics[topic].spread_over {
            return;
        }
        let bases: Vec<i64> =
            (0..n_partitions).map(|partition| self.log_end_offset(topic, partition, time)).collect();
        let production = &mut self.topics[topic];
        production.base = bases;
        production.spread_over = n_partitions;
        for (source, rebased) in production.sources.iter().zip(production.rebased_at.iter_mut()) {
            *rebased = source.cumulative(time);
        }
    }
}

fn source(producer: &ProduceSpec, n_targets: f64) -> Source {
    Source {
        per_us: producer.records_per_s / n_targets / 1e6,
        batch: producer.records.map(|records| records / n_targets),
        from_us: micros(producer.from_s),
        until_us: producer.until_s.map(micros),
        over_us: micros(producer.over_s),
        burst: producer.burst.map(|burst| (micros(burst.every_s).max(1), micros(burst.for_s))),
        hot: producer.hot_key.map(|hot| (hot.partition, hot.share)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario(produce: &str) -> Scenario {
        Scenario::from_json(&format!(
            r#"{{"duration_s": 3600, "topics": [{{"name": "t", "partitions": 4}}], "hosts": [{{"name": "A"}}], "produce": [{produce}]}}"#
        ))
        .unwrap()
    }

    #[test]
    fn a_steady_rate_spreads_evenly() {
        let production = Production::new(&scenario(r#"{"records_per_s": 400}"#), vec![vec![10; 4]]);
        assert_eq!(production.log_end_offset(0, 0, 0), 10);
        assert_eq!(production.log_end_offset(0, 3, micros(10.0)), 1010);
    }

    #[test]
    fn a_batch_is_written_over_its_window() {
        let production = Production::new(
            &scenario(r#"{"records": 1000000, "from_s": 60, "over_s": 100}"#),
            vec![vec![0; 4]],
        );
        assert_eq!(production.log_end_offset(0, 1, micros(60.0)), 0);
        assert_eq!(production.log_end_offset(0, 1, micros(110.0)), 125_000);
        assert_eq!(production.log_end_offset(0, 1, micros(1000.0)), 250_000);
    }

    #[test]
    fn bursts_and_hot_keys() {
        let production = Production::new(
            &scenario(
                r#"{"records_per_s": 100, "burst": {"every_s": 60, "for_s": 10}, "hot_key": {"partition": 2, "share": 0.5}}"#,
            ),
            vec![vec![0; 4]],
        );
        // 2 bursts of 10 s and 5 s of a third: 25 s × 100 = 2500 records.
        assert_eq!(production.log_end_offset(0, 2, micros(125.0)), 1250 + 312);
        assert_eq!(production.log_end_offset(0, 0, micros(125.0)), 312);
    }

    #[test]
    fn added_partitions_start_empty_and_share_the_rate() {
        let mut production = Production::new(&scenario(r#"{"records_per_s": 400}"#), vec![vec![0; 4]]);
        production.add_partitions(0, 8);
        // Until the producers refresh their metadata, the new partitions get nothing.
        assert_eq!(production.log_end_offset(0, 7, micros(10.0)), 0);
        assert_eq!(production.log_end_offset(0, 0, micros(5.0)), 500);
        production.producers_refreshed(0, micros(10.0));
        assert_eq!(production.log_end_offset(0, 0, micros(10.0)), 1000);
        assert_eq!(production.log_end_offset(0, 7, micros(10.0)), 0);
        assert_eq!(production.log_end_offset(0, 7, micros(20.0)), 500);
        assert_eq!(production.log_end_offset(0, 0, micros(20.0)), 1500);
        assert_eq!(production.n_partitions(0), 8);
    }
}

## findings: the findings' titles and summaries (finding-), the rules' documentation (rule-<id>-what|why|evidence|next), evidence labels (evidence-<key>), consumer settings (config-)

# Pieces the findings share.
# Nothing: an optional clause that does not apply (empty in every language).
finding-none =
finding-unnamed-group = (이름 없음)
finding-drain-at-own-rate = . 이 속도라면 남은 랙을 모두 처리하는 데 { $duration } 걸립니다
finding-on-host = , { $host } 호스트

# slow-host
finding-slow-host-capped-title = { $host } 호스트가 병목: 처리량 상한 약 { $peak }
finding-slow-host-capped-summary = { $host } 호스트의 처리량은 최대 { $peak }(평균 { $mean })에 그쳤고, 다른 호스트들은 최대 { $peers_peak }까지 처리했습니다. 다른 호스트 속도의 약 { $share } 수준입니다.{ $peers_finished }
finding-slow-host-peers-finished = {" "}{ $peers } 호스트는 자기 몫을 일찍 처리한 뒤 거의 아무것도 처리하지 않았습니다(마지막 구간이 최대치의 5% 미만). { $host } 호스트가 계속 처리하는 동안 처리할 메시지가 바닥난 것이므로, 병목은 이 호스트들이 아니라 { $host } 호스트입니다.
finding-slow-host-peak-title = { $group } 그룹의 병목은 { $host } 호스트: 최대 초당 { $peak }건, 다른 호스트는 최대 초당 { $peers_peak }건
finding-slow-host-slower-title = { $group } 그룹에서 { $host } 호스트가 다른 호스트보다 { $times }배 느림
finding-slow-host-nothing-title = { $group } 그룹에서 다른 호스트는 초당 { $peers_rate }건을 처리하는데 { $host } 호스트는 전혀 처리하지 못함
finding-slow-host-series-summary = { $host } 호스트는 파티션 { $partitions }개에서 초당 { $rate }건을 처리했고, 다른 호스트의 중앙값은 초당 { $peers_rate }건이었습니다. 그룹 랙 중 { $lag }건({ $share })을 가지고 있습니다{ $drain }.{ $fastest }
finding-slow-host-fastest = {" "}가장 빠른 구간도 초당 { $peak }건으로, 다른 호스트 최대치의 중앙값인 초당 { $peers_peak }건에 못 미칩니다{ $peers_went_quiet ->
    [yes] . 다른 호스트들은 자기 몫을 다 처리하고 조용해진 것이므로 문제가 아닙니다.
   *[no] .
}

# slow-member
finding-slow-member-slower-title = { $member } 멤버가 다른 멤버보다 { $times }배 느림
finding-slow-member-nothing-title = 다른 멤버는 파티션당 초당 { $peers_rate }건을 처리하는데 { $member } 멤버는 전혀 처리하지 못함
finding-slow-member-summary = { $member } 멤버(파티션 { $partitions }개{ $on_host })는 파티션당 초당 { $rate }건을 처리했고, 다른 멤버의 중앙값은 { $peers_rate }건이었습니다. 랙은 { $lag }건입니다{ $drain }.

# lag-concentrated
finding-holder-host = { $name } 호스트
finding-holder-member = { $name } 멤버
finding-holder-topic = { $name } 토픽
finding-lag-concentrated-title = { $holder }에 { $group } 그룹 랙의 { $share } 집중
finding-lag-concentrated-summary = { $holder }에는 파티션 { $group_partitions }개 중 { $partitions }개({ $partition_share })만 있지만, 그룹 랙 { $group_lag }건 중 { $lag }건({ $lag_share })이 몰려 있습니다.

# stale-group
finding-stale-group-title = { $group } 그룹이 { $span } 동안 아무것도 처리하지 않음
finding-stale-group-summary = { $span } 동안 { $group } 그룹의 파티션 { $partitions }개 중 어디에서도 커밋된 오프셋이 움직이지 않았습니다. 랙은 { $lag }건입니다.

# Burrow's verdicts: consumer-stopped, consumer-stalled, offset-rewind, lag-not-decreasing.
finding-consumer-stopped-title = { $group } 그룹의 파티션 { $count }개에서 커밋이 멈춤
finding-consumer-stalled-title = { $group } 그룹의 파티션 { $count }개가 진행하지 못함
finding-offset-rewind-title = { $group } 그룹의 파티션 { $count }개에서 오프셋이 뒤로 감
finding-lag-not-decreasing-title = { $group } 그룹의 파티션 { $count }개가 뒤처지는 중
finding-burrow-summary = { $partitions } 파티션에 대한 Burrow 규칙의 판정은 { $status }입니다: { $detail }

# under-provisioned
finding-under-provisioned-title = { $group } 그룹의 처리량은 초당 { $consume }건, 유입량은 초당 { $produce }건
finding-under-provisioned-summary = 그룹이 초당 { $deficit }건씩 뒤처지고 있습니다.{ $needs }
finding-under-provisioned-needs = {" "}멤버당 초당 { $rate }건이라면 멤버가 { $needed }개 필요합니다{ $capped ->
    [yes] . 파티션 { $partitions }개로 가능한 수보다 많으므로, 파티션을 늘리거나 처리를 더 빠르게 해야 합니다.
   *[no] (현재 { $members }개, 파티션이 { $partitions }개이므로 최대 { $partitions }개까지 가능).
}

# poll-timeout-storm
finding-poll-timeout-storm-title = { $group } 그룹의 멤버 { $members }개가 모두 참여 후 max.poll.interval.ms({ $interval }) 만에 이탈, { $storms }회
finding-poll-timeout-storm-summary = 멤버들은 { $joined_after }에서 { $joined_by } 사이에 나타났고, { $left_after }에서 { $left_by } 사이에 모두 빠졌습니다. 머문 시간은 { $stay_min }~{ $stay_max } 사이이고, max.poll.interval.ms 값인 { $interval }도 이 범위에 들어갑니다. 리밸런싱 후 한 간격 만에 함께 빠지는 멤버는 제때 poll()을 호출하지 못한 것입니다. 배치 하나(max.poll.records × 레코드당 처리 시간, 또는 멈춘 호출 하나)가 이 간격보다 오래 걸리면 그룹이 리밸런싱되고 그 배치는 다시 처리됩니다.{ $lag_story }
finding-poll-timeout-storm-lag = {" "}멤버들이 있는 동안 그룹 랙은 { $before }건에서 { $lowest }건까지 내려갔고, 멤버들이 빠진 뒤에는 { $after }건이었습니다.
finding-poll-timeout-config-title = 배치 하나를 처리하는 데 { $batch } 걸림: max.poll.interval.ms({ $interval })보다 김
finding-poll-timeout-config-summary = 레코드 { $records }개 × { $per_record_ms } ms = poll 한 번에 { $batch_ms } ms로, max.poll.interval.ms = { $interval_ms } ms 이상입니다. 배치를 꽉 채워 받은 멤버는 리밸런싱 { $interval } 뒤 그룹에서 빠지고, 그룹은 다시 리밸런싱됩니다. max.poll.records를 { $safe } 이하로 낮추거나(이 속도에서 간격의 절반) 간격을 늘리세요.

# unassigned-lag
finding-unassigned-lag-empty-title = { $group } 그룹에 활성 멤버가 없고 랙이 { $lag }건
finding-unassigned-lag-title = { $group } 그룹의 파티션 { $count }개에 랙이 있지만 소유자가 없음
finding-unassigned-lag-summary = 랙이 { $lag }건 쌓인 파티션 { $count }개를 가진 멤버가 없습니다{ $empty ->
    [yes] (그룹 상태 Empty)
   *[no] {""}
}. 아무도 이 파티션들을 처리하지 않고 있습니다.

# rebalancing
finding-rebalancing-title = { $group } 그룹이 리밸런싱 중({ $state })
finding-rebalancing-summary = 덤프를 뜬 시점에 { $group } 그룹은 { $state } 상태였습니다. 리밸런싱이 끝날 때까지 멤버들은 처리하지 않습니다.

# membership-changes
finding-membership-changes-title = { $group } 그룹의 멤버가 { $span } 동안 { $changes }번 바뀜
finding-membership-changes-summary = 샘플 사이에 멤버 ID { $left }개가 빠지고 { $joined }개가 새로 들어왔으며, 변경은 따로 { $changes }번 일어났습니다. { $is_static ->
    [yes] 리밸런싱은 많아야
   *[no] 리밸런싱은 최소
} { $changes }번입니다.{ $pattern }{ $is_static ->
    [yes] {" "}멤버가 정적 멤버(group.instance.id)입니다. session.timeout.ms 안에 돌아온 멤버는 리밸런싱 없이 새 멤버 ID를 받으므로, 이 변경들로 리밸런싱이 한 번도 일어나지 않았을 수도 있습니다.
   *[no] {""}
}
finding-membership-changes-rolling = {" "}변경마다 호스트 하나씩({ $hosts } 순서로) 바뀌었습니다. 롤링 재시작과 같은 모습입니다.
finding-membership-changes-one-host = {" "}모든 변경이 { $hosts } 호스트에서 일어났습니다. 그 호스트의 재시작이나 크래시 루프입니다.

# hot-partition
finding-hot-partition-lag-title = { $group } 그룹에서 { $partition } 파티션에 { $topic } 토픽 랙의 { $share } 집중
finding-hot-partition-lag-summary = { $partition } 파티션의 랙은 { $lag }건인데 { $topic } 토픽 파티션의 중앙값은 { $median }건입니다. 흔한 원인은 핫 키입니다.
finding-hot-partition-writes-title = { $group } 그룹에서 { $partition } 파티션이 { $topic } 토픽 쓰기의 { $share } 차지
finding-hot-partition-writes-summary = { $partition } 파티션에는 초당 { $rate }건이 쓰이는데 { $topic } 토픽 파티션의 중앙값은 초당 { $median }건입니다. 흔한 원인은 핫 키이며, 이 파티션은 멤버 하나가 혼자 감당해야 합니다.

# assignment-imbalance
finding-assignment-imbalance-title = { $group } 그룹의 멤버 { $members }개가 가진 파티션 수가 { $fewest }~{ $most }개로 고르지 않음
finding-assignment-imbalance-summary = { $busiest } 멤버는 파티션 { $most }개, { $idlest } 멤버는 { $fewest }개를 가지고 있습니다.

# idle-members
finding-idle-members-title = { $group } 그룹에 유휴 멤버 있음
finding-idle-members-surplus = 멤버 { $members }개가 파티션 { $partitions }개를 나눠 가지므로, 적어도 { $idle }개는 처리할 것이 없습니다.
finding-idle-members-without = 파티션이 하나도 없는 멤버가 { $count }개 있습니다.
finding-idle-members-threads = 파티션 { $partitions }개에 컨슈머 스레드가 { $threads }개 설정되어 있어(instances × concurrency), 그중 { $idle }개는 항상 놀게 됩니다.
finding-idle-members-both = { $first } { $second }

# committed-ahead
finding-committed-ahead-title = { $group } 그룹의 파티션 { $count }개가 로그 끝을 넘어 커밋됨
finding-committed-ahead-summary = { $group } 그룹은 { $partitions }에서 로그 끝 오프셋보다 큰 오프셋을 커밋했습니다.

# lag-mismatch
finding-lag-mismatch-title = { $group } 그룹의 { $count }개 행에서 출력된 LAG가 오프셋과 맞지 않음
finding-lag-mismatch-summary = { $partitions }에서 출력된 LAG ≠ LOG-END-OFFSET − CURRENT-OFFSET입니다.

# Consumer settings (`--config KEY=VALUE`, the web app's settings form).
config-expected = { $key }: { $expected } 값이어야 합니다(입력값: "{ $value }")
config-a-whole-number = 정수
config-milliseconds = 밀리초
config-true-or-false = true 또는 false
config-non-negative-milliseconds = 0 이상의 밀리초
config-unknown-setting = 알 수 없는 설정 "{ $setting }": max.poll.records, max.poll.interval.ms, session.timeout.ms, enable.auto.commit, concurrency, instances, processing.ms.per.record 중 하나여야 합니다

# The rules' documentation, in catalogue order.
# slow-host
rule-slow-host-what = 컨슈머가 다른 호스트보다 훨씬 적게 처리하는 호스트입니다. 처리 속도가 다른 호스트 중앙값의 절반 이하이거나(호스트별 시간당 처리 건수, 또는 시계열의 처리 속도), 아직 랙이 남아 있는데 가장 빠른 구간조차 다른 호스트들의 가장 빠른 구간 중앙값의 절반 이하인 경우입니다.
rule-slow-host-why = 그룹은 가장 느린 멤버만큼만 빠릅니다. 그 호스트의 파티션은 뒤처지고 다른 호스트는 일찍 끝내고 놀게 되므로, 랙(과 사용자가 겪는 지연)은 오롯이 느린 호스트의 몫입니다. 자기 몫을 다 처리하고 조용해진 호스트는 정상인데도 고장 난 것처럼 보일 수 있습니다.
rule-slow-host-evidence = 호스트별 최대 및 평균 처리 속도, 다른 호스트 최대 처리 속도의 중앙값, 다른 호스트의 처리할 메시지가 바닥났는지(마지막 구간이 최대치의 5% 미만), 그리고 시계열이 있으면 랙 비중과 그 속도로 랙을 모두 처리하는 데 걸리는 시간.
rule-slow-host-next = 그 호스트에서 레코드당 처리 시간(외부 호출, 느린 디스크, GC), CPU와 스레드 한도(`concurrency`), CommitFailedException이나 리밸런싱 로그, 다른 빌드나 설정으로 실행 중인지 확인하세요. `max.poll.records` × 처리 시간을 `max.poll.interval.ms`와 비교해 보세요.
# slow-member
rule-slow-member-what = 랙이 있으면서 파티션 처리 속도가 그룹 멤버 중앙값의 절반 이하인 멤버(컨슈머 스레드나 클라이언트 하나)입니다(시계열 기준).
rule-slow-member-why = 느린 컨슈머 스레드 하나는 호스트가 멀쩡해도 자신에게 할당된 모든 파티션을 붙잡아 둡니다. 멈춘 스레드, 처리 비용이 큰 레코드가 몰린 파티션, 계속 다시 참여하는 멤버 등이 원인입니다.
rule-slow-member-evidence = 멤버의 처리 속도와 다른 멤버 처리 속도의 중앙값, 그 멤버의 파티션과 랙, 그 속도로 랙을 모두 처리하는 데 걸리는 시간.
rule-slow-member-next = 애플리케이션에서 그 멤버의 스레드(client id)를 찾아 무엇을 처리하는지(그 파티션의 레코드) 보고, 재시도, 에러, 리밸런싱 로그를 확인하세요.
# lag-concentrated
rule-lag-concentrated-what = 호스트, 멤버, 토픽 하나가 그룹 랙의 절반 이상을 가지면서 파티션 비중은 확연히 작은 경우입니다(랙 비중 ≥ 1.5 × 파티션 비중). 그룹이 둘 이상의 호스트, 멤버, 토픽에 걸쳐 있을 때만 봅니다. 호스트에 멤버가 하나뿐이어서 호스트의 결과가 이미 같은 파티션을 가리키면 멤버 결과는 뺍니다. 랙을 알 수 없는(`-`) 파티션이 하나라도 있으면 그 기준으로는 판단하지 않습니다.
rule-lag-concentrated-why = 한 호스트에 쌓이는 랙은 그룹의 크기가 아니라 그 호스트(느린 처리, 멈춘 스레드, 잘못된 배포)나 그 파티션(핫 키)을 가리킵니다. 컨슈머를 늘려도 해결되지 않습니다.
rule-lag-concentrated-evidence = 스냅샷 시점의 호스트, 멤버, 토픽별 랙, 그룹 랙 중 비중, 가진 파티션 수, 파티션 비중.
rule-lag-concentrated-next = 그 호스트의 처리 속도를 시간에 따라 다른 호스트와 비교하고(`date` 줄을 넣어 스냅샷을 몇 개 붙여 넣으세요), 이어서 처리 시간, 스레드, 로그를 확인하세요. 그 파티션들이 유독 바쁘다면 키 쏠림을 확인하세요.
# stale-group
rule-stale-group-what = 랙이 있는데도 시계열 전체 동안 어느 파티션에서도 커밋된 오프셋이 움직이지 않은 그룹입니다.
rule-stale-group-why = 그룹에서 아무것도 처리되지 않고 있습니다(또는 아무것도 커밋되지 않고 있습니다). 모든 컨슈머가 죽었거나, 멈췄거나, 그룹에서 빠졌고, 모든 레코드가 기다리고 있습니다.
rule-stale-group-evidence = 시계열의 기간, 파티션 수, 마지막 시점의 그룹 랙.
rule-stale-group-next = 컨슈머가 실행 중이고 그룹에 들어와 있는지(상태, 멤버 보기) 확인하세요. 리밸런싱 루프나 외부 호출에 막힌 poll 루프가 있는지 살펴보세요.
# consumer-stopped
rule-consumer-stopped-what = Burrow가 STOP으로 판정한 파티션입니다. 마지막 커밋 이후 시간이 윈도우 길이보다 길고, 최근 브로커 오프셋 어느 시점에도 컨슈머가 따라잡지 못했습니다.
rule-consumer-stopped-why = 컨슈머가 사라졌거나 멈춰 있습니다. 랙이 그대로인데 아무것도 커밋되지 않으므로, 아무것도 처리되지 않고 있습니다(또는 처리한 것이 커밋되지 않고 있습니다).
rule-consumer-stopped-evidence = 파티션별 마지막 커밋 시각, 윈도우 길이, 최근 브로커 오프셋, Burrow의 수치.
rule-consumer-stopped-next = 컨슈머 프로세스가 살아 있나요? 이 파티션들을 제대로 동작하는 소유자 없이 남겨 둔 리밸런싱, 멈춘 poll 루프(타임아웃 없는 외부 호출), 커밋을 멈춘 컨슈머(enable.auto.commit=false인데 커밋하지 않음)가 있는지 확인하세요.
# consumer-stalled
rule-consumer-stalled-what = Burrow가 STALL로 판정한 파티션입니다. 랙이 있는데도 컨슈머가 같은 오프셋을 계속 커밋합니다.
rule-consumer-stalled-why = 컨슈머는 살아 있지만(커밋을 하므로) 진행하지 못합니다. 보통 실패한 레코드 하나를 끝없이 재시도하거나, poll 루프가 리밸런싱 때마다 같은 배치를 다시 읽기 때문입니다.
rule-consumer-stalled-evidence = 윈도우 동안의 커밋된 오프셋(모두 같음), 랙, Burrow의 수치.
rule-consumer-stalled-next = 커밋된 오프셋 위치의 레코드(포이즌 메시지), 재시도와 에러 처리, 배치를 커밋하기 전에 일어나는 리밸런싱을 확인하세요.
# offset-rewind
rule-offset-rewind-what = Burrow가 REWIND로 판정한 파티션입니다. 커밋된 오프셋이 뒤로 돌아갔고, 컨슈머가 아직 원래 위치까지 돌아오지 못했습니다.
rule-offset-rewind-why = 그룹이 이미 처리한 레코드를 다시 읽고 있습니다. 다운스트림에 중복이 생기고, 이 랙은 새로 쌓인 것이 아닙니다.
rule-offset-rewind-evidence = 되감기 전후의 오프셋과 Burrow의 수치.
rule-offset-rewind-next = 오프셋 리셋(kafka-consumer-groups --reset-offsets, 범위를 벗어난 오프셋 뒤의 auto.offset.reset)이나, 리밸런싱 후 예전 위치를 커밋한 컨슈머가 있는지 확인하세요.
# lag-not-decreasing
rule-lag-not-decreasing-what = Burrow가 WARN으로 판정한 파티션입니다. 컨슈머는 앞으로 나아가지만 윈도우 동안 랙이 한 번도 줄지 않습니다.
rule-lag-not-decreasing-why = 컨슈머가 프로듀서보다 느립니다. 부하가 줄 때까지 지연이 계속 커지고, 랙 알림이 울리게 됩니다.
rule-lag-not-decreasing-evidence = 윈도우 동안 커밋 시점마다의 랙과 Burrow의 수치.
rule-lag-not-decreasing-next = 처리 속도와 유입 속도를 비교하고, 레코드당 처리 시간, max.poll.records, 파티션 수 대비 컨슈머 수, 한 호스트만 느린지를 확인하세요.
# under-provisioned
rule-under-provisioned-what = 시계열에서 그룹 전체의 처리 속도가 전체 유입 속도보다 낮아 랙이 늘어나는 그룹입니다.
rule-under-provisioned-why = 모든 멤버가 서로 비슷한 속도를 내는데도 그룹 전체가 프로듀서보다 느리다면, 파티션당 하나까지 컨슈머를 늘리거나 더 빠른 컨슈머가 필요합니다.
rule-under-provisioned-evidence = 그룹의 처리 속도와 유입 속도, 멤버 평균 속도, 그 속도에서 필요한 멤버 수, 의미 있는 멤버 수의 상한인 파티션 수.
rule-under-provisioned-next = 파티션 수까지 컨슈머를 늘리세요. 그 이상은 파티션을 늘리거나(키 분포를 고려해서) 레코드 하나의 처리 비용을 줄이세요(배치 처리, 외부 호출 줄이기).
# poll-timeout-storm
rule-poll-timeout-storm-what = poll 루프가 `max.poll.interval.ms` 안에 배치를 끝내지 못하는 경우입니다. 주어진 설정으로 계산한 `max.poll.records` × 레코드당 처리 시간이 이 간격에 이르거나, 스냅샷 시계열에서 멤버가 나타나고 `max.poll.interval.ms`(설정값, 없으면 Kafka 기본값 300초, 샘플 간격만큼의 오차 허용) 뒤에 모든 멤버가 한꺼번에 그룹에서 빠집니다.
rule-poll-timeout-storm-why = `max.poll.interval.ms` 안에 poll()을 호출하지 못한 컨슈머는 그룹에서 빠집니다. 배치를 꽉 채워 처리하는 멤버가 모두 동시에 빠지고, 그룹이 리밸런싱되고, 커밋되지 않은 배치를 다른 멤버가 다시 처리하며, 이 과정이 간격마다 반복됩니다(`shared/seeds/002`의 LeaveGroup 폭주).
rule-poll-timeout-storm-evidence = `max.poll.records`, 레코드당 처리 시간, 배치 하나의 처리 시간, `max.poll.interval.ms`, 여유를 두고 들어가는 가장 큰 `max.poll.records`. 시계열에서는 멤버가 나타나고 빠진 시점(각각 앞뒤 샘플 사이), 빠진 멤버 수, 발생 횟수.
rule-poll-timeout-storm-next = `max.poll.records`를 안전한 값(또는 그 이하)으로 낮추고, `max.poll.interval.ms`를 늘리고, 레코드 하나의 처리 시간에 상한을 두세요. 외부 호출에는 타임아웃이 필요합니다. 멈춘 호출 하나만으로도 배치가 어떤 간격이든 넘길 수 있습니다.
# unassigned-lag
rule-unassigned-lag-what = 랙이 0보다 큰데 어떤 멤버도 가지지 않은 파티션입니다(CONSUMER-ID `-`). 활성 멤버가 하나도 없는 그룹도 포함합니다.
rule-unassigned-lag-why = 그 파티션을 읽는 컨슈머가 없습니다. 멤버가 들어와 그 파티션을 할당받을 때까지 랙은 늘기만 합니다.
rule-unassigned-lag-evidence = 소유자가 없는 파티션, 그 랙, 그룹 상태.
rule-unassigned-lag-next = 컨슈머가 실행 중이고 이 토픽들을 구독하고 있나요? Empty 그룹은 모든 멤버가 빠졌다는 뜻이고(크래시, 배포, max.poll.interval.ms 초과), 소유자 없는 파티션이 있는 Stable 그룹은 구독이나 할당자가 그 파티션을 빠뜨린다는 뜻입니다.
# rebalancing
rule-rebalancing-what = 덤프에서 리밸런싱 중으로 보이는 그룹입니다(PreparingRebalance, CompletingRebalance, 또는 도구의 "is rebalancing" 경고. KIP-848에서는 Assigning 또는 Reconciling).
rule-rebalancing-why = eager 리밸런싱 중에는 어떤 멤버도 처리하지 않습니다. 리밸런싱이 반복되면(max.poll.interval.ms로 빠지는 멤버, 배포, 크래시) 처리가 몇 번이고 멈추고, 커밋되지 않은 작업을 다시 처리하게 됩니다.
rule-rebalancing-evidence = 덤프에 출력된 그룹 상태: 상태 보기, rpk 요약, 또는 도구의 리밸런싱 경고.
rule-rebalancing-next = 스냅샷을 몇 번 더 떠 보세요. 늘 리밸런싱 중인 그룹은 빠지는 멤버를 가리킵니다(너무 느린 poll 루프, 세션 타임아웃, 크래시 루프). 배포에는 cooperative-sticky나 정적 멤버십을 고려하세요.
# membership-changes
rule-membership-changes-what = 파티션을 가진 멤버 ID 집합이 두 번 이상 바뀐 덤프 시계열입니다. 샘플 사이에 멤버가 빠지거나, 들어오거나, 교체되었습니다(리밸런싱 중에 떠서 소유자가 없는 샘플은 건너뜁니다).
rule-membership-changes-why = 멤버가 바뀔 때마다 리밸런싱이 최소 한 번 일어납니다. classic eager 프로토콜에서는 매번 모든 멤버가 다시 참여할 때까지 모두 멈추고, 커밋되지 않은 작업은 다시 처리됩니다. 동적 멤버로 인스턴스 N개를 롤링 재시작하면 리밸런싱이 약 2N번 일어나지만, blue-green 전환은 한 번, 정적 멤버십(`session.timeout.ms` 안에 재시작)은 한 번도 일어나지 않습니다.
rule-membership-changes-evidence = 변경마다 앞뒤 샘플, 변경 전후 멤버, 빠지고 들어온 멤버 ID 수와 그 호스트. 변경이 한 번에 호스트 하나씩 일어났는지.
rule-membership-changes-next = 변경 시점을 배포, 오토스케일링, 크래시 로그와 맞춰 보세요. 배포 때문이라면 `group.instance.id`(정적 멤버십)와 `session.timeout.ms`보다 짧은 재시작, 옮겨지는 파티션만 멈추는 `cooperative-sticky`나 KIP-848 프로토콜, 또는 blue-green 전환을 검토하세요. 멤버가 스스로 빠진다면 `max.poll.interval.ms`나 세션 타임아웃을 의심하세요.
# hot-partition
rule-hot-partition-what = 그룹 안에서 랙이 같은 토픽 파티션 랙 중앙값의 5배 이상이고 토픽 랙의 30% 이상을 가진 파티션입니다(파티션이 3개 이상인 토픽). 단, 같은 호스트에 이런 파티션이 또 있으면 제외합니다(그때는 호스트가 원인일 가능성이 더 큽니다). 시계열이 있으면 유입 속도가 같은 토픽 파티션 중앙값의 5배 이상이고 토픽 쓰기의 30% 이상을 받는 파티션도 찾습니다.
rule-hot-partition-why = 키는 해시로 파티션에 배정됩니다. 핫 키(테넌트 하나, 디바이스 하나, sticky 파티셔너에서의 null 키)는 레코드를 한 파티션에 몰아넣고, 파티션 하나는 한 번에 멤버 하나만 처리하므로 멤버를 늘려도 도움이 되지 않습니다.
rule-hot-partition-evidence = 파티션의 랙, 같은 토픽 파티션 랙의 중앙값, 토픽 랙 중 비중. 시계열이 있으면 유입 속도, 토픽 파티션 유입 속도의 중앙값, 쓰기 중 비중.
rule-hot-partition-next = 그 토픽의 키 분포(어떤 키가 그 파티션에 들어가는지)를 확인하세요. 핫 키를 분산하거나(솔팅, 더 나은 키) 그 파티션을 맡은 멤버의 처리 능력을 늘리세요.
# assignment-imbalance
rule-assignment-imbalance-what = 멤버마다 가진 파티션 수가 2개 이상 차이 나는 경우입니다(오프셋 보기의 파티션 소유자, 또는 멤버 보기의 #PARTITIONS 기준).
rule-assignment-imbalance-why = range 할당자는 토픽마다 파티션을 따로 나눠 주므로, 토픽이 여러 개이면 앞쪽 멤버가 토픽마다 파티션을 하나씩 더 받습니다. 그러면 가장 바쁜 멤버가 그룹 전체의 속도를 결정합니다.
rule-assignment-imbalance-evidence = 멤버별 파티션 수: 가장 많은 수, 가장 적은 수, 그리고 그 멤버.
rule-assignment-imbalance-next = 여러 토픽을 구독한다면 cooperative-sticky(또는 round-robin) 할당자를 고려하거나, 파티션 수를 컨슈머 수로 나누어떨어지게 맞추세요.
# idle-members
rule-idle-members-what = 파티션을 하나도 가지지 않은 멤버(`#PARTITIONS 0`), 그룹의 파티션 수보다 많은 멤버, 또는 설정(`instances`, `concurrency`는 기본값 1)상 파티션 수보다 많은 컨슈머 스레드입니다. 마지막 경우는 스냅샷에 멤버가 없어도 찾습니다.
rule-idle-members-why = 그룹 안에서 파티션 하나는 한 번에 멤버 하나만 처리하므로, 파티션 수를 넘는 멤버는 놀게 됩니다. 그 이상 스케일 아웃해도 처리량은 늘지 않고, 파티션 수를 넘는 `concurrency` × instances는 스레드 낭비입니다.
rule-idle-members-evidence = 파티션이 없는 멤버 목록, 그리고 멤버 수와 설정된 스레드 수(instances × concurrency)를 파티션 수와 비교한 값.
rule-idle-members-next = `concurrency` × instances를 파티션 수에 맞추거나, 병렬성이 더 필요하면 파티션을 늘리세요(그 전에 키 분포를 먼저 확인하세요).
# committed-ahead
rule-committed-ahead-what = 커밋된 오프셋이 로그 끝 오프셋보다 큰 파티션입니다(음수 랙).
rule-committed-ahead-why = 컨슈머가 존재하지 않는 레코드를 읽었을 수는 없습니다. 로그가 잘리거나 다시 만들어져서(언클린 리더 선출, 토픽 삭제 후 재생성, 컴팩션 토픽의 보존 정책) 그룹이 데이터를 건너뛰거나 다시 읽게 되었거나, 덤프의 오프셋들이 서로 다른 시점에 읽힌 것입니다.
rule-committed-ahead-evidence = 해당 파티션과 그 커밋된 오프셋, 로그 끝 오프셋.
rule-committed-ahead-next = 언클린 리더 선출이 일어났는지(`unclean.leader.election.enable`), 토픽이 다시 만들어졌는지 확인하세요. 컨슈머가 다음에 어떻게 할지는 `auto.offset.reset`이 정합니다. 타이밍 문제가 아닌지 확인하려면 스냅샷을 한 번 더 떠 보세요.
# lag-mismatch
rule-lag-mismatch-what = 출력된 LAG가 LOG-END-OFFSET − CURRENT-OFFSET과 다른 행입니다.
rule-lag-mismatch-why = 도구는 LAG를 두 오프셋으로 계산하므로, 차이가 있다면 붙여 넣은 내용이 편집되었거나, 여러 번 실행한 결과가 섞였거나, 정의가 다른 도구의 출력입니다. 이 값으로 낸 합계는 오해를 부를 수 있습니다.
rule-lag-mismatch-evidence = 각 행의 출력된 랙과 오프셋으로 계산한 랙.
rule-lag-mismatch-next = 명령을 다시 실행하고 출력을 편집하지 않은 채 붙여 넣으세요. lagscope는 출력된 값을 그대로 씁니다.

# Evidence labels: what each number of a finding measures (its unit is shown with the value).
evidence-joined-after-ms = 참여: 이 시각 이후
evidence-joined-by-ms = 참여: 이 시각까지
evidence-left-after-ms = 이탈: 이 시각 이후
evidence-left-by-ms = 이탈: 이 시각까지
evidence-from-ms = 시작
evidence-to-ms = 끝
evidence-span-ms = 기간
evidence-max-poll-interval-ms = max.poll.interval.ms
evidence-batch-ms = 배치 하나의 처리 시간
evidence-processing-ms-per-record = 레코드당 처리 시간
evidence-drain-seconds-at-its-rate = 이 속도로 랙을 모두 처리하는 시간
evidence-produce-per-s = 유입 속도
evidence-consume-per-s = 처리 속도
evidence-topic-median-produce-per-s = 토픽 파티션 유입 속도 중앙값
evidence-peers-median-peak-per-s = 다른 호스트 최대 처리 속도 중앙값
evidence-peers-median-consume-per-s = 다른 호스트 처리 속도 중앙값
evidence-peak-consume-per-s = 최대 처리 속도
evidence-consume-per-s-per-partition = 파티션당 처리 속도
evidence-consume-per-member-per-s = 멤버당 처리 속도
evidence-peers-median-per-partition = 다른 멤버 파티션당 처리 속도 중앙값
evidence-peak-per-hour = 시간당 최대 처리량
evidence-mean-per-hour = 시간당 평균 처리량
evidence-peers-median-peak-per-hour = 다른 호스트 시간당 최대 처리량 중앙값
evidence-host = 호스트
evidence-topic = 토픽
evidence-member = 멤버
evidence-partition = 파티션
evidence-state = 그룹 상태
evidence-burrow-status = Burrow 상태
evidence-burrow-rule = Burrow 판정 근거
evidence-hosts = 호스트
evidence-members-without-partitions = 파티션 없는 멤버
evidence-unowned-partitions = 소유자 없는 파티션
evidence-most-partitions = 멤버당 최대 파티션 수
evidence-fewest-partitions = 멤버당 최소 파티션 수
evidence-peers-went-quiet = 다른 호스트가 처리를 마침
evidence-peers-ran-out-of-work = 다른 호스트의 처리할 메시지가 바닥남
evidence-one-host-at-a-time = 한 번에 호스트 하나씩
evidence-static-members = 정적 멤버
evidence-capped-by-partitions = 파티션 수에 막힘
evidence-max-poll-interval-ms-is-default = max.poll.interval.ms가 Kafka 기본값
evidence-max-poll-records-is-default = max.poll.records가 Kafka 기본값
evidence-concurrency-is-default = concurrency가 기본값(1)
evidence-changes = 변경 내역
evidence-rows = 행
evidence-current-offset = 현재 오프셋
evidence-log-end-offset = 로그 끝 오프셋
evidence-partitions = 파티션
evidence-lag = 랙
evidence-members = 멤버 수
evidence-unowned-lag = 소유자 없는 파티션의 랙
evidence-topic-median-lag = 토픽 파티션 랙 중앙값
evidence-storms = 발생 횟수
evidence-safe-max-poll-records = 안전한 max.poll.records
evidence-max-poll-records = max.poll.records
evidence-n-left = 빠진 멤버 ID 수
evidence-n-joined = 새로 들어온 멤버 ID 수
evidence-n-changes = 변경 횟수
evidence-n-before = 변경 전 멤버 수
evidence-n-after = 변경 후 멤버 수
evidence-members-needed = 필요한 멤버 수
evidence-lowest-lag-while-joined = 멤버가 있는 동안 최저 랙
evidence-lag-before-join = 참여 전 랙
evidence-lag-after-leave = 이탈 후 랙
evidence-group-partitions = 그룹 파티션 수
evidence-group-lag = 그룹 랙
evidence-first-interval = 첫 구간 처리량
evidence-peers-first-interval = 다른 호스트 첫 구간 처리량
evidence-configured-threads = 설정된 스레드 수
evidence-printed-lag = 출력된 랙
evidence-computed-lag = 오프셋으로 계산한 랙
evidence-members-left = 빠진 멤버 수
evidence-share-of-lag = 랙 비중
evidence-share-of-topic-produce = 토픽 쓰기 비중
evidence-share-of-topic-lag = 토픽 랙 비중
evidence-share-of-partitions = 파티션 비중

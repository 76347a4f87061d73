# lagscope in Korean. Every id here exists in en.ftl with the same arguments (tests/l10n.rs).

unknown = 알 수 없음

## analysis
# 시간에 따른 랙: 시계열 입력 읽기, 입력을 무엇으로 읽었는지, Burrow 판정, 초 단위 지연,
# CLI의 분석 요약.

# 시계열 입력에서 읽지 못한 줄.
series-csv-expected-series-time-value = `Series`, `Time`, `Value` 칸이 있어야 합니다
series-csv-not-a-row = CSV 행으로 읽을 수 없습니다: “{ $error }”
series-csv-row-cut-short = 이 행에는 헤더의 { $expected }개 열 중 { $found }개만 있습니다. 빠진 시리즈는 이 시각의 값을 알 수 없음으로 둡니다
series-value-out-of-range = { $column } 열의 값 { $value }: 파티션이 가질 수 있는 오프셋이나 랙이 아닙니다(0 ~ 2^53). 알 수 없음으로 둡니다
series-csv-expected-time-in-column = "{ $column }" 열에 시각이 있어야 합니다
series-csv-expected-partition = 파티션은 정수여야 합니다
series-labels-missing = 시리즈 "{ $series }"에 topic, partition 레이블이 없습니다
series-expected-time-found = 시각을 읽을 수 없습니다: "{ $found }"
series-host-table-expected-moment = 앞쪽 열에 날짜와 시간(시 단위) 또는 시각이 있어야 합니다
series-host-table-expected-host = 첫 번째 열에 호스트 이름이 있어야 합니다
series-msk-expected-time = 첫 번째 열에 타임스탬프가 있어야 합니다
series-prometheus-bad-point = { $topic } 파티션 { $partition }, { $point }번째 점: [에포크 이후 초, "값"] 형식이어야 합니다. 이 점은 빼고 읽습니다
series-prometheus-value-out-of-range = { $topic } 파티션 { $partition }, { $point }번째 점: { $value }는 어떤 오프셋이나 랙으로도 너무 큽니다(2^53 초과). 알 수 없음으로 둡니다
series-prometheus-error = Prometheus가 오류를 응답했습니다: { $error ->
    [unknown] 알 수 없는 오류
   *[other] “{ $error }”
}
series-dumps-before-first-stamp = 첫 타임스탬프보다 앞에 있는 줄이라 시각을 알 수 없습니다. 맨 앞에 `date` 줄이 있어야 합니다

# 시계열 입력의 형식.
series-format-prometheus = Prometheus query_range JSON
series-format-host-table = 호스트 × 시간 표
series-format-msk = Amazon MSK CloudWatch CSV
series-format-lag-csv = 랙 CSV
series-format-grafana-wide = Grafana CSV(가로형)
series-format-grafana-long = Grafana CSV(세로형)
series-format-timed-dumps = 타임스탬프로 구분된 덤프

# 타임스탬프 없는 입력의 형식.
workbench-read-as-binary = 바이너리 파일 (텍스트 아님)
text-binary-input = 텍스트가 아니라 바이너리 파일(압축 파일, 이미지, 실행 파일)이라 아무것도 읽지 않았습니다. 압축을 풀거나 안에 든 텍스트를 붙여 넣으세요.
workbench-read-as-single-snapshot-tool-hint = 단일 스냅샷: { $tool } · { $hint }
workbench-read-as-single-snapshot-tool = 단일 스냅샷: { $tool }
workbench-read-as-single-snapshot-unknown = 단일 스냅샷(알 수 없는 형식)
workbench-read-as-snapshot-at = { $time } 시점의 스냅샷
workbench-read-as-logs = Kafka 로그: { $lines }줄에서 이벤트 { $events }개
workbench-logs-dated-by-name = { $lines ->
    [1] 이 줄에는 날짜 없이 시각만 있어
   *[other] 날짜 없이 시각만 적힌 줄이 { $lines }줄 있어(이 줄이 처음)
} 파일 이름의 날짜({ $date })로 보았습니다.
workbench-logs-dated-by-inputs = { $lines ->
    [1] 이 줄에는 날짜 없이 시각만 있어
   *[other] 날짜 없이 시각만 적힌 줄이 { $lines }줄 있어(이 줄이 처음)
} 다른 입력이 시작하는 시각({ $time })에 가장 가까운 날로 보았습니다.
workbench-logs-undated = { $lines ->
    [1] 이 줄에는 날짜 없이 시각만 있는데
   *[other] 날짜 없이 시각만 적힌 줄이 { $lines }줄 있는데(이 줄이 처음)
}, 날짜를 알려 주는 줄도 다른 입력도 없어 타임라인에 넣지 않았습니다. 날짜가 찍힌 줄을 함께 붙여 넣거나, 파일 이름에 날짜를 넣거나(app.2024-06-30.log), 시각이 포함된 랙 데이터를 함께 넣어 주세요.

# Burrow 파티션 규칙: 어떤 규칙이 판정했는지와 비교한 값. Burrow의 상태(OK, WARN, STOP, STALL,
# REWIND)와 설정 이름(minimum-complete)은 그대로 둡니다.
burrow-no-commits = 윈도우에 커밋이 없습니다
burrow-incomplete = complete { $complete } < minimum-complete { $minimum_complete }: Burrow는 다 채워지지 않은 윈도우를 OK로 판정합니다
burrow-lag-within-allowed = 현재 랙 { $current_lag } ≤ 허용 랙 { $allowed_lag }
burrow-stop = 현재 − 마지막 커밋 = { $since_last_commit } > 마지막 − 첫 커밋 = { $span }이고, 최근 브로커 오프셋({ $broker_offsets ->
    [0] 없음
   *[other] { $broker_offsets }
}) 중 마지막 커밋 오프셋 { $last_offset } 이하인 값이 없습니다
burrow-rewind = 윈도우의 { $index }번째 커밋 오프셋 { $offset } < 직전 오프셋 { $previous }이고, 이후 어떤 커밋도 다시 { $previous }에 도달하지 못했습니다
burrow-lag-zero-in-window = 윈도우 안에 랙이 허용 랙 { $allowed_lag } 이하인 커밋이 있습니다
burrow-stall = 랙이 { $current_lag }건인데 커밋 { $count }개가 모두 오프셋 { $offset }에 머물러 있습니다
burrow-lag-not-decreasing = 커밋 시점의 랙이 한 번도 줄지 않았습니다: { $lags }
burrow-ok = 멈추지 않았고(현재 − 마지막 커밋 { $since_last_commit } ≤ 커밋 기간 { $span }, 또는 최근에 따라잡음), 되감기가 없으며, 오프셋이 움직이고 랙이 줄어든 적이 있습니다

# 초 단위 지연.
time-lag-exact = { $duration }
time-lag-at-least = ≥ { $duration }

# --json 없는 `lagscope analyze`: 입력별로 무엇으로 읽었는지, 이어서 분석 결과.
analyze-read-as = { $name }: 입력 형식 { $read_as }
analyze-read-as-untimed = { $name }: 입력 형식 { $read_as }. 타임스탬프가 없어 속도와 Burrow 판정을 낼 수 없습니다(여러 시점이 필요합니다). 덤프 사이에 `date` 줄을 넣거나 파일마다 --at TIME을 지정하세요.
analyze-samples = 샘플 { $count }개
analyze-unnamed-group = (이름 없음)
analyze-host-throughput = 호스트 { $host } 처리 { $total }건(전체의 { $share })  첫 구간 { $first }  마지막 { $last }  최대 { $peak }  평균 { $mean }
analyze-group = { $group }  Burrow: { $status }  랙 { $first_lag } → { $last_lag }  처리 { $consumed }  유입 { $produced }
analyze-group-host = 호스트 { $host } 파티션 { $partitions }개  랙 { $lag }  (그룹 랙의 { $share })  처리 { $consumed }
analyze-reported = 보고값 { $metric } { $series }: { $first } → { $last } (최대 { $max })
analyze-partition = { $partition } { $status } 랙 { $first_lag } → { $last_lag }  처리 { $consumed }  유입 { $produced }  지연 { $behind }  { $rule }

## assign: the assignors' errors, the what-if and the offset-reset planner

# Kafka's assignors reject the input: the exception class and Kafka's own message.
assign-error-kafka = { $exception }: { $reason }
assign-error-not-json = 입력이 JSON이 아닙니다: “{ $detail }”
assign-error-not-a-request = 입력이 assign 요청 형식이 아닙니다: “{ $detail }”
assign-kafka-circular-iterator-empty = CircularIterator는 비어 있지 않은 리스트에만 쓸 수 있습니다
assign-kafka-no-unfilled-consumers = 할당받을 자리가 남은 컨슈머가 더 이상 없습니다.
assign-kafka-iterator-remove-without-next = next 호출 없이 iterator remove가 호출되었습니다
assign-kafka-over-min-quota-not-reached = minQuota보다 많은 파티션을 가진 멤버가 기대한 수에 이르지 못했는데, 더 할당할 파티션이 없습니다
assign-kafka-min-quota-not-reached = 컨슈머 [{ $member }]의 파티션이 minQuota에 이르지 못했는데, 더 할당할 파티션이 없습니다
assign-kafka-divide-by-zero = 0으로 나누었습니다
assign-kafka-partition-without-consumer = 재할당 중 파티션 { $partition }에 컨슈머가 없습니다
assign-kafka-previous-owner-set-aside = { $partition }의 이전 소유자({ $member })가 재할당 대상에서 빠져 있습니다
assign-kafka-non-existent-topic = 멤버가 존재하지 않는 토픽을 구독하고 있습니다
assign-kafka-topic-not-in-metadata = 토픽 메타데이터에 없는 토픽({ $topic_id })을 멤버들이 구독하고 있습니다.
assign-kafka-partitions-left-unassigned = 할당되지 않은 파티션이 남았습니다

# A request that is not well formed.
assign-invalid-owned-partition = 멤버 "{ $member }"의 소유 파티션 "{ $partition }": `topic-partition` 형식이 아닙니다(예: "orders-0")
assign-invalid-negative-partitions = 토픽 "{ $topic }"의 파티션 수가 { $count }입니다. 0 이상이어야 합니다
assign-invalid-too-many-partitions = 전체 파티션이 { $count }개입니다. 최대 { $limit }개까지 지원합니다
assign-invalid-topic-id-length = 토픽 ID "{ $topic_id }": Kafka Uuid가 아닙니다(base64url 22자여야 하는데 { $length }자입니다)
assign-invalid-topic-id-character = 토픽 ID "{ $topic_id }"에 base64url에 없는 문자('{ $character }')가 들어 있습니다
assign-invalid-unknown-topic-id = topic_ids에 있는 토픽 "{ $topic }": topics에도 없고 구독하는 멤버도 없습니다
assign-invalid-racks-unknown-topic = partition_racks에 있는 토픽 "{ $topic }": topics에 없습니다
assign-invalid-racks-count = partition_racks["{ $topic }"]에 파티션이 { $listed }개 있지만 토픽의 파티션은 { $count }개입니다
assign-invalid-duplicate-member = 멤버 "{ $member }"의 ID가 두 번 나옵니다. 멤버 ID는 고유해야 합니다
assign-invalid-owned-out-of-range = 멤버 "{ $member }"의 소유 파티션 { $partition }: 토픽 "{ $topic }"의 파티션은 { $count }개뿐입니다
assign-invalid-two-owners = 파티션 { $partition }: "{ $first }", "{ $second }" 두 멤버의 현재 할당에 모두 들어 있습니다. 코디네이터에서는 있을 수 없는 상태입니다

# What-if: the question does not fit the group.
whatif-error-already-member = 이미 그룹에 있는 멤버입니다: "{ $member }"
whatif-error-remove-unknown = 그룹에 없는 멤버라 제거할 수 없습니다: "{ $member }"
whatif-error-slow-factor = "{ $member }"의 속도 배율 { $factor }: 0보다 큰 수여야 합니다(0.5 = 절반 속도)
whatif-error-slow-unknown = 그룹에 없는 멤버라 느리게 할 수 없습니다: "{ $member }"
whatif-error-no-members = 덤프에 이 그룹의 멤버가 없습니다(파티션을 가진 멤버가 없음). 할당을 보려면 멤버를 추가하세요

# What-if: what a dump does not say.
whatif-assumed-subscriptions = 모든 멤버가 덤프에 나온 모든 토픽을 구독합니다
whatif-assumed-partition-counts = 각 토픽의 파티션 수는 덤프에 나온 만큼입니다(가장 큰 파티션 번호 + 1)
whatif-assumed-member-order = 멤버는 덤프에 나온 순서대로 다루며, 모두 제너레이션 1에 속한다고 봅니다

# What the move costs under each rebalance protocol ($round, $session_timeout, $restart, $heartbeat: durations).
whatif-cost-eager = 모든 멤버가 다시 참여하기 전에 자기 파티션을 전부 반납합니다: 파티션 { $paused }개가 한 라운드({ $round }) 동안 멈춥니다
whatif-cost-cooperative = 파티션 { $transferring }개가 멤버 사이를 옮겨 갑니다: 첫 라운드가 끝나면 회수되고 두 번째 라운드에서 할당됩니다. 소유자가 떠났거나 새로 생기는 파티션 { $first_round }개는 첫 라운드에서 할당됩니다. 나머지 파티션은 멈추지 않고 계속 처리됩니다
whatif-cost-static-within-session = 재시작하는 멤버 { $restarting }개가 session.timeout.ms({ $session_timeout }) 안에 같은 group.instance.id로 돌아옵니다: 리밸런싱은 일어나지 않고, 그 멤버들의 파티션 { $bounced }개가 { $restart } 동안 기다립니다
whatif-cost-static-outlasts-session = 재시작 시간({ $restart })이 session.timeout.ms({ $session_timeout })보다 깁니다: 재시작하는 멤버는 각각 그룹에서 제거된 뒤 다시 참여하므로 멤버 하나당 리밸런싱이 두 번 일어납니다
whatif-cost-consumer = 그룹 에포크가 한 번 올라갑니다. 파티션 { $paused }개는 하트비트 한 번({ $heartbeat }) 안팎에 기존 소유자가 내려놓고 새 소유자가 가져갑니다. 다른 멤버는 중단되지 않습니다

# `lagscope what-if` (the command line's summary).
whatif-cli-unknown-assignor = --assignor { $assignor }: range, roundrobin, sticky, cooperative-sticky, uniform, server-range 중 하나여야 합니다
whatif-cli-slow-format = --slow { $entry }: MEMBER_ID=FACTOR 형식이어야 합니다
whatif-cli-slow-not-a-number = --slow { $entry }: 배율은 숫자여야 합니다(입력값: "{ $factor }", 0.5 = 절반 속도)
whatif-cli-assignor = 할당 전략: { $assignor }
whatif-cli-presence-stayed = 잔류
whatif-cli-presence-joined = 참여
whatif-cli-presence-left = 이탈
whatif-cli-member-line = { $member } { $presence }  유지 { $kept }  회수 { $revoked }  추가 { $added }  넘겨받는 랙 { $lag }
whatif-cli-cost-line = { $protocol } 리밸런싱 { $rebalances }  멈춘 파티션 { $paused }  최장 중단 { $longest }  ({ $explanation })
whatif-cli-withheld = 후속 리밸런싱까지 보류: { $partitions }
whatif-cli-protocol-eager = eager
whatif-cli-protocol-cooperative = cooperative
whatif-cli-protocol-static = 정적 멤버십
whatif-cli-protocol-consumer = consumer(KIP-848)
whatif-cli-bottleneck = 랙을 가장 늦게 소진하는 멤버: { $member }
whatif-cli-assumed = 가정: { $assumption }

# The Assignment view (web).
whatif-ui-heading = 할당: 가정 분석
whatif-ui-group = 그룹
whatif-ui-unnamed-group = (덤프에 그룹 이름 없음)
whatif-ui-assignor = 할당 전략
whatif-ui-new-member = 새 멤버 ID
whatif-ui-add = 멤버 추가
whatif-ui-member = 멤버
whatif-ui-remove = 제거
whatif-ui-speed = 속도 ×
whatif-ui-slow = 속도 낮추기
whatif-ui-start-over = 처음부터 다시
whatif-ui-result-title = { $assignor } · 파티션 { $moved }개 이동, { $kept }개 유지
whatif-ui-status = 상태
whatif-ui-keeps = 유지
whatif-ui-loses = 회수
whatif-ui-gains = 추가
whatif-ui-inherits-lag = 넘겨받는 랙
whatif-ui-lag-after = 변경 후 랙
whatif-ui-presence-stayed = 잔류
whatif-ui-presence-joined = 참여
whatif-ui-presence-left = 이탈
whatif-ui-withheld = 후속 리밸런싱까지 보류: { $partitions }
whatif-ui-bottleneck = 랙을 가장 늦게 소진하는 멤버: { $member }
whatif-ui-costs-title = 프로토콜별 리밸런싱 비용
whatif-ui-protocol = 프로토콜
whatif-ui-rebalances = 리밸런싱 횟수
whatif-ui-paused-partitions = 멈춘 파티션
whatif-ui-longest-pause = 최장 중단 시간
whatif-ui-how = 설명
whatif-ui-protocol-eager = eager
whatif-ui-protocol-cooperative = cooperative
whatif-ui-protocol-static = 정적 멤버십
whatif-ui-protocol-consumer = consumer(KIP-848)
whatif-ui-stop-the-world = 모든 멤버가 멈춤
whatif-ui-assumed = 가정: { $assumption }

# The offset-reset planner: why a figure is unknown or estimated.
reset-note-earliest = 덤프에 로그 시작 오프셋이 없습니다. 보존된 레코드를 전부 다시 처리합니다
reset-note-past-log-end = 요청한 오프셋({ $offset })이 로그 끝보다 뒤에 있어, Kafka는 로그 끝 오프셋({ $end })으로 설정합니다
reset-note-datetime-estimated = 시계열의 로그 끝 오프셋으로 추정한 값입니다. Kafka는 로그에서 해당 시각을 찾습니다
reset-note-datetime-beyond-series = 시계열이 이 시각까지 이어지지 않습니다. Kafka는 로그에서 해당 시각을 찾습니다
reset-note-no-commit = 커밋된 오프셋이 없습니다. 그룹은 여기서부터 읽기 시작합니다

# The offset-reset planner (web).
reset-ui-title = 오프셋 리셋 계획
reset-ui-close = 닫기
reset-ui-move-to = 이동 위치
reset-ui-to-latest = 최신(랙 건너뜀)
reset-ui-to-earliest = 처음(전부 재처리)
reset-ui-to-offset = 특정 오프셋
reset-ui-shift-by = N만큼 이동
reset-ui-to-datetime = 날짜·시각(UTC)
reset-ui-value = 값
reset-ui-topics = 토픽(비우면 전체)
reset-ui-bad-value = 정수를 입력하세요(날짜는 2026-03-14T10:00:00Z 같은 ISO 8601 형식).
reset-ui-totals = 건너뜀: { $skipped } · 재처리: { $replayed }
reset-ui-group-active = 그룹에 활성 멤버가 있습니다. 멤버가 모두 멈출 때까지 Kafka는 리셋을 거부합니다.
reset-ui-topic = 토픽
reset-ui-partition = 파티션
reset-ui-now = 현재
reset-ui-after = 리셋 후
reset-ui-skipped = 건너뜀
reset-ui-replayed = 재처리
reset-ui-note = 비고
reset-ui-showing-first = 전체 { $total }개 중 처음 { $shown }개 표시
ui-show-more-rows = { $count }행 더 보기

## findings: the findings' titles and summaries (finding-), the rules' documentation (rule-<id>-what|why|evidence|next), evidence labels (evidence-<key>), consumer settings (config-)

# Pieces the findings share.
# Nothing: an optional clause that does not apply (empty in every language).
finding-none =
finding-unnamed-group = (이름 없음)
finding-drain-at-own-rate = . 지금 처리 속도로는 이 랙을 모두 처리하는 데 { $duration } 걸립니다
finding-on-host = , { $host } 호스트

# slow-host
finding-slow-host-capped-title = { $host } 호스트가 병목: 처리량 상한 약 { $peak }
finding-slow-host-capped-summary = { $host } 호스트의 처리량은 최대 { $peak }(평균 { $mean })에 그쳤고, 다른 호스트들은 최대 { $peers_peak }까지 처리했습니다. 즉 다른 호스트의 약 { $share } 속도로 처리하고 있습니다.{ $peers_finished }
finding-slow-host-peers-finished = {" "}{ $peers } 호스트는 자기 몫을 일찍 처리한 뒤 거의 아무것도 처리하지 않았습니다(마지막 구간이 최대치의 5% 미만). { $host } 호스트가 계속 처리하는 동안 처리할 메시지가 바닥난 것이므로, 병목은 이 호스트들이 아니라 { $host } 호스트입니다.
finding-slow-host-peak-title = { $group } 그룹의 병목은 { $host } 호스트: 최대 초당 { $peak }건, 다른 호스트는 최대 초당 { $peers_peak }건
finding-slow-host-slower-title = { $group } 그룹에서 { $host } 호스트가 다른 호스트보다 { $times }배 느림
finding-slow-host-nothing-title = { $group } 그룹에서 다른 호스트는 초당 { $peers_rate }건을 처리하는데 { $host } 호스트는 전혀 처리하지 못함
finding-slow-host-series-summary = { $host } 호스트는 파티션 { $partitions }개에서 초당 { $rate }건을 처리했고, 다른 호스트의 중앙값은 초당 { $peers_rate }건이었습니다. 이 호스트에 그룹 랙 중 { $lag }건({ $share })이 쌓여 있습니다{ $drain }.{ $fastest }
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
finding-consumer-stopped-title = { $group } 그룹의 파티션 { $count }개에서 커밋이 중단됨
finding-consumer-stalled-title = { $group } 그룹의 파티션 { $count }개가 정체됨
finding-offset-rewind-title = { $group } 그룹의 파티션 { $count }개에서 오프셋이 되감김
finding-lag-not-decreasing-title = { $group } 그룹의 파티션 { $count }개가 뒤처지는 중
finding-burrow-summary = Burrow 규칙에 따르면 { $partitions } 파티션은 { $status }입니다{ $count ->
    [1] : { $detail }
   *[other] . 예를 들어 { $first } 파티션에서는 { $detail }
}

# under-provisioned
finding-under-provisioned-title = { $group } 그룹의 처리량은 초당 { $consume }건, 유입량은 초당 { $produce }건
finding-under-provisioned-summary = 그룹이 초당 { $deficit }건씩 뒤처지고 있습니다.{ $needs }
finding-under-provisioned-needs = {" "}멤버당 초당 { $rate }건이라면 멤버가 { $needed }개 필요합니다{ $capped ->
    [yes] . 파티션 { $partitions }개로 둘 수 있는 멤버 수보다 많으므로, 파티션을 늘리거나 처리 속도를 높여야 합니다.
   *[no] (현재 { $members }개이며, 파티션이 { $partitions }개이므로 최대 { $partitions }개까지 둘 수 있습니다).
}

# poll-timeout-storm
finding-poll-timeout-storm-title = { $group } 그룹의 멤버 { $members }개가 참여 후 max.poll.interval.ms({ $interval }) 만에 모두 이탈({ $storms }회)
finding-poll-timeout-storm-summary = 멤버들은 { $joined_after } ~ { $joined_by } 사이에 들어왔고, { $left_after } ~ { $left_by } 사이에 모두 빠졌습니다. 그룹에 머문 시간은 { $stay_min }~{ $stay_max } 사이이고, max.poll.interval.ms 값인 { $interval }도 이 범위에 들어갑니다. 리밸런싱 후 max.poll.interval.ms만큼 지나 함께 빠지는 멤버들은 제때 poll()을 호출하지 못한 것입니다. 배치 하나(max.poll.records × 레코드당 처리 시간, 또는 멈춘 호출 하나)가 max.poll.interval.ms보다 오래 걸리면 그룹이 리밸런싱되고, 그 배치는 다시 처리됩니다.{ $lag_story }
finding-poll-timeout-storm-lag = {" "}멤버들이 있는 동안 그룹 랙은 { $before }건에서 { $lowest }건까지 내려갔고, 멤버들이 빠진 뒤에는 { $after }건이었습니다.
finding-poll-timeout-config-title = 꽉 찬 배치 하나를 처리하는 데 { $batch } 걸림: max.poll.interval.ms({ $interval }) 이상
finding-poll-timeout-config-summary = poll 한 번의 배치에 레코드 { $records }개 × { $per_record_ms } ms = { $batch_ms } ms가 걸리며, 이는 max.poll.interval.ms = { $interval_ms } ms 이상입니다. 배치를 꽉 채워 받은 멤버는 리밸런싱 { $interval } 뒤 그룹에서 빠지고, 그룹은 다시 리밸런싱됩니다. max.poll.records를 { $safe } 이하로 낮추거나(이 속도로 max.poll.interval.ms의 절반 동안 처리할 수 있는 양), max.poll.interval.ms를 늘리세요.

finding-poll-timeout-storm-logs-title = { $group } 그룹에서 멤버 { $members }개가 poll 타임아웃으로 이탈({ $storms }차례)
finding-poll-timeout-storm-logs-summary = 가장 큰 이탈: { $start } ~ { $end } 사이에 멤버 { $largest }개가 빠졌습니다{ $n_hosts ->
    [0] {""}
   *[other] ({ $hosts })
}.{ $stay } max.poll.interval.ms 안에 poll()을 호출하지 못한 컨슈머는 { $protocol ->
    [consumer] 하트비트로 그룹을 떠나고(KIP-848) 다음 poll() 때까지 돌아오지 않습니다
   *[other] LeaveGroup을 보냅니다
}. 그룹이 리밸런싱되고, 커밋하지 못한 배치는 그 파티션을 받은 멤버가 다시 처리합니다.
finding-poll-timeout-storm-logs-stay = {" "}빠지기 전 그룹에 머문 시간은 { $stay_min }~{ $stay_max }입니다(max.poll.interval.ms = { $interval }).

# host-commit-failures
finding-clock-skew-broker = 브로커
finding-clock-skew-title = { $kind ->
    [zone] { $host }의 로그 시각이 다른 호스트보다 { $offset } { $direction ->
        [ahead] 빠름: 시계가 아니라 시간대 차이
       *[behind] 느림: 시계가 아니라 시간대 차이
    }
   *[clock] { $host }의 시계가 다른 호스트보다 { $offset } { $direction ->
        [ahead] 빠름
       *[behind] 느림
    }
}
finding-clock-skew-summary = 리밸런싱 { $generations }회로 측정했습니다. 리밸런싱의 조인 단계가 끝나면 코디네이터는 모든 멤버의 JoinGroup 요청에 한꺼번에 응답하므로, 각 호스트의 "Successfully joined group with generation N" 줄과 브로커의 "Stabilized group … generation N" 줄은 몇 밀리초 차이로 같은 시각이어야 합니다. { $host }의 줄은 다른 호스트보다 { $offset } { $direction ->
    [ahead] 빠릅니다
   *[behind] 느립니다
}. { $kind ->
    [zone] 15분 단위로 딱 떨어지는 차이이므로 이 로그는 오프셋 없이 현지 시각으로 기록된 것으로 보이며, lagscope는 이를 UTC로 읽었기 때문에 타임라인에서 그만큼 어긋나 보입니다.
   *[clock] 타임라인은 각 줄의 시각을 그대로 씁니다. 호스트 간 이벤트 순서와 리밸런싱 소요 시간을 볼 때 이 차이를 감안하세요.
}
finding-host-commit-failures-title = { $host }에서만 오프셋 커밋 실패: { $count }건
finding-host-commit-failures-summary = { $host }에서 { $first } ~ { $last } 사이에 커밋 실패가 { $count }건 기록됐습니다({ $errors }). 같은 로그의 다른 호스트 { $n_peers }대({ $peers })는 { $peer_count }건입니다. 커밋은 멤버의 파티션이 이미 다른 멤버에게 넘어갔을 때 실패합니다. poll 루프가 max.poll.interval.ms를 넘겼거나 코디네이터가 멤버를 제거한 경우로, 마지막 커밋 이후 처리한 레코드는 다시 처리됩니다. 이 호스트의 처리 시간, 자원, 설정을 다른 호스트와 비교하세요.

# session-timeout-removals
finding-session-timeout-removals-title = 코디네이터가 하트비트가 끊긴 { $group } 그룹 멤버 { $count }개를 제거
finding-session-timeout-removals-summary = { $first } ~ { $last } 사이에 그룹 코디네이터가 { $members }{ $more ->
    [0] {""}
   *[other] {" "}외 { $more }개
} 멤버를 제거했습니다. session.timeout.ms 안에 하트비트가 오지 않았기 때문입니다. 정상 종료하는 멤버는 LeaveGroup을 보냅니다. 제거된 멤버는 죽었거나, 강제 종료됐거나, 멈춰 있었고(긴 GC, 멈춘 호스트), 그 파티션은 세션 타임아웃이 지날 때까지 다른 멤버에게 넘어가지 못했습니다.

# slow-rebalance
finding-slow-rebalance-title = { $group } 그룹의 리밸런싱 { $total }번 중 { $slow }번이 오래 걸림: 가장 긴 것 { $longest }
finding-slow-rebalance-summary = { $protocol ->
    [consumer] 에포크 { $generation }(으)로 가는 리밸런싱이 { $start }부터 { $end }까지 이어졌습니다. 멤버 { $members }개가 모두 이 에포크의 할당을 반영하기까지 { $duration } 걸렸습니다. KIP-848 프로토콜에서는 그동안 옮겨지는 파티션만 멈춥니다. 각 멤버는 하트비트 응답으로 받은 새 할당을 반영하고, 내줄 파티션은 다음 poll() 호출 때 반납합니다.
   *[other] 제너레이션 { $generation }(으)로 가는 리밸런싱이 { $start }부터 { $end }까지 이어졌습니다. 멤버 { $members }개가 모두 참여하기까지 { $duration } 걸렸고, 그동안 반납된 파티션은 아무도 읽지 않았습니다.
}{ $held_up }
finding-slow-rebalance-held-up = {" "}{ $member } 멤버를 기다렸습니다. 이 멤버는 바로 앞 멤버보다 { $late } 늦게 다시 참여했습니다. 멤버는 다음 poll() 때에야 다시 참여하므로, poll 루프의 긴 배치 하나가 그룹 전체를 붙잡습니다.

# deploy-rebalances
finding-deploy-rebalances-title = 배포 한 번에 { $group } 그룹이 { $rebalances }번 리밸런싱됨(컨슈머 { $closed }개 재시작)
finding-deploy-rebalances-summary = { $start } ~ { $end } 사이에 컨슈머 { $closed }개가{ $n_hosts ->
    [0] {""}
   *[other] (호스트 { $n_hosts }대)
} 종료됐고, { $settled }까지 그룹이 { $rebalances }번 리밸런싱됐습니다. { $protocol ->
    [consumer] KIP-848 컨슈머 프로토콜에서는 재시작한 멤버 하나마다 그룹 에포크가 두 번 올라가지만(나갈 때 한 번, 들어올 때 한 번), 파티션이 옮겨지는 멤버만 잠시 멈춥니다.
   *[other] 클래식 프로토콜에서는 재시작한 멤버 하나마다 리밸런싱이 두 번 일어납니다(LeaveGroup 한 번, JoinGroup 한 번). eager 할당 방식에서는 리밸런싱 때마다 모든 멤버가 읽기를 멈춥니다.
}

# lag-during-rebalances
finding-lag-during-rebalances-title = { $group } 그룹이 { $rebalances }번 리밸런싱되는 동안 랙이 { $before }건에서 { $after }건으로 늘어남
finding-lag-during-rebalances-summary = 로그에 따르면 { $start } ~ { $end } 사이에 리밸런싱이 { $rebalances }번 있었고, 랙은 { $before_at }에 { $before }건, { $after_at }에 { $after }건이었습니다. 리밸런싱 때마다 파티션을 반납하는 멤버(eager 할당 방식이면 모든 멤버)는 그 파티션을 읽지 않으므로, 리밸런싱이 계속되는 그룹은 처리량과 상관없이 뒤처집니다.

# unassigned-lag
finding-unassigned-lag-empty-title = { $group } 그룹에 활성 멤버가 없고 랙이 { $lag }건
finding-unassigned-lag-title = { $group } 그룹의 파티션 { $count }개에 랙이 있지만 소유자가 없음
finding-unassigned-lag-summary = { $count ->
    [1] 파티션 1개(랙 { $lag }건)는
   *[other] 파티션 { $count }개(랙 합계 { $lag }건)는
} 소유한 멤버가 없습니다{ $empty ->
    [yes] (그룹 상태 Empty)
   *[no] {""}
}. 아무도 이 파티션을 처리하지 않고 있습니다.

# rebalancing
finding-rebalancing-title = { $group } 그룹이 리밸런싱 중({ $state })
finding-rebalancing-summary = 덤프를 뜬 시점에 { $group } 그룹은 { $state } 상태였습니다. 리밸런싱이 끝날 때까지 멤버들은 처리하지 않습니다.

# membership-changes
finding-membership-changes-title = { $group } 그룹의 멤버가 { $span } 동안 { $changes }번 바뀜
finding-membership-changes-summary = 샘플 사이에 멤버 ID { $left }개가 빠지고 { $joined }개가 새로 들어왔습니다. 변경은 { $changes }번에 걸쳐 일어났으므로 리밸런싱은 { $is_static ->
    [yes] 최대
   *[no] 최소
} { $changes }번입니다.{ $pattern }{ $is_static ->
    [yes] {" "}정적 멤버십(group.instance.id)을 쓰는 멤버들입니다. session.timeout.ms 안에 돌아온 멤버는 리밸런싱 없이 새 멤버 ID를 받으므로, 이 변경들로 인한 리밸런싱은 한 번도 없었을 수도 있습니다.
   *[no] {""}
}
finding-membership-changes-rolling = {" "}변경마다 호스트 하나씩({ $hosts } 순서로) 바뀌었습니다. 롤링 재시작과 같은 모습입니다.
finding-membership-changes-one-host = {" "}모든 변경이 { $hosts } 호스트에서 일어났습니다. 그 호스트의 재시작이나 크래시 루프 때문입니다.

# hot-partition
finding-hot-partition-lag-title = { $group } 그룹에서 { $partition } 파티션에 { $topic } 토픽 랙의 { $share } 집중
finding-hot-partition-lag-summary = { $partition } 파티션의 랙은 { $lag }건인데, { $topic } 토픽 파티션 랙의 중앙값은 { $median }건입니다. 흔한 원인은 핫 키입니다.
finding-hot-partition-writes-title = { $group } 그룹에서 { $partition } 파티션이 { $topic } 토픽 쓰기의 { $share } 차지
finding-hot-partition-writes-summary = { $partition } 파티션에는 초당 { $rate }건이 쓰이는데, { $topic } 토픽 파티션의 중앙값은 초당 { $median }건입니다. 흔한 원인은 핫 키이며, 이 파티션은 멤버 하나가 혼자 감당해야 합니다.

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
finding-committed-ahead-summary = { $group } 그룹은 { $partitions } 파티션에서 로그 끝 오프셋보다 큰 오프셋을 커밋했습니다.

# lag-mismatch
finding-lag-mismatch-title = { $group } 그룹의 행 { $count }개에서 출력된 LAG가 오프셋으로 계산한 값과 다름
finding-lag-mismatch-summary = { $partitions } 파티션에서 출력된 LAG ≠ LOG-END-OFFSET − CURRENT-OFFSET입니다.

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
rule-slow-member-what = 시계열에서, 랙이 있으면서 파티션 처리 속도가 그룹 멤버 중앙값의 절반 이하인 멤버(컨슈머 스레드나 클라이언트 하나)입니다.
rule-slow-member-why = 느린 컨슈머 스레드 하나는 호스트가 멀쩡해도 자신에게 할당된 모든 파티션의 처리를 늦춥니다. 멈춘 스레드, 처리 비용이 큰 레코드가 몰린 파티션, 계속 다시 참여하는 멤버 등이 원인입니다.
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
rule-consumer-stopped-what = Burrow가 STOP으로 판정한 파티션입니다. 마지막 커밋 이후 시간이 윈도우 길이보다 길고, 최근 브로커 오프셋 중 어느 것에도 컨슈머가 따라잡은 적이 없습니다.
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
rule-offset-rewind-next = 오프셋 리셋(kafka-consumer-groups --reset-offsets, 또는 오프셋이 범위를 벗어나 적용된 auto.offset.reset)이나, 리밸런싱 후 예전 위치를 커밋한 컨슈머가 있는지 확인하세요.
# lag-not-decreasing
rule-lag-not-decreasing-what = Burrow가 WARN으로 판정한 파티션입니다. 컨슈머는 앞으로 나아가지만 윈도우 동안 랙이 한 번도 줄지 않습니다.
rule-lag-not-decreasing-why = 컨슈머가 프로듀서보다 느립니다. 부하가 줄 때까지 지연이 계속 커지고, 랙 알림이 울리게 됩니다.
rule-lag-not-decreasing-evidence = 윈도우 동안 커밋 시점마다의 랙과 Burrow의 수치.
rule-lag-not-decreasing-next = 처리 속도와 유입 속도를 비교하고, 레코드당 처리 시간, max.poll.records, 파티션 수 대비 컨슈머 수, 한 호스트만 느린지를 확인하세요.
# under-provisioned
rule-under-provisioned-what = 시계열에서 그룹 전체의 처리 속도가 전체 유입 속도보다 낮아 랙이 늘어나는 그룹입니다.
rule-under-provisioned-why = 모든 멤버가 서로 비슷한 속도를 내는데도 그룹 전체가 프로듀서보다 느리다면, 컨슈머를 파티션당 하나까지 늘리거나 컨슈머를 더 빠르게 만들어야 합니다.
rule-under-provisioned-evidence = 그룹의 처리 속도와 유입 속도, 멤버 평균 속도, 그 속도에서 필요한 멤버 수, 의미 있는 멤버 수의 상한인 파티션 수.
rule-under-provisioned-next = 파티션 수까지 컨슈머를 늘리세요. 그 이상은 파티션을 늘리거나(키 분포를 고려해서) 레코드 하나의 처리 비용을 줄이세요(배치 처리, 외부 호출 줄이기).
# poll-timeout-storm
rule-poll-timeout-storm-what = poll 루프가 `max.poll.interval.ms` 안에 배치를 끝내지 못하는 경우입니다. 주어진 설정으로 계산한 `max.poll.records` × 레코드당 처리 시간이 이 간격에 이르거나, 스냅샷 시계열에서 멤버가 나타나고 `max.poll.interval.ms`(설정값, 없으면 Kafka 기본값 300초, 샘플 간격만큼의 오차 허용) 뒤에 모든 멤버가 한꺼번에 그룹에서 빠지거나, 컨슈머 로그에서 멤버가 poll 타임아웃으로 LeaveGroup을 보내는 경우입니다(1분 안에 이어진 이탈을 한 차례로 셉니다).
rule-poll-timeout-storm-why = `max.poll.interval.ms` 안에 poll()을 호출하지 못한 컨슈머는 그룹에서 빠집니다. 배치를 꽉 채워 처리하는 멤버가 모두 동시에 빠지고, 그룹이 리밸런싱되고, 커밋되지 않은 배치를 다른 멤버가 다시 처리하며, 이 과정이 간격마다 반복됩니다(`shared/seeds/002`의 LeaveGroup 폭주).
rule-poll-timeout-storm-evidence = `max.poll.records`, 레코드당 처리 시간, 배치 하나의 처리 시간, `max.poll.interval.ms`, 여유를 두고 들어가는 가장 큰 `max.poll.records`. 시계열에서는 멤버가 나타나고 빠진 시점(각각 앞뒤 샘플 사이), 빠진 멤버 수, 발생 횟수. 로그에서는 poll 타임아웃으로 빠진 멤버, 이탈 차례, 호스트, 각 멤버가 그룹에 머문 시간.
rule-poll-timeout-storm-next = `max.poll.records`를 안전한 값(또는 그 이하)으로 낮추고, `max.poll.interval.ms`를 늘리고, 레코드 하나의 처리 시간에 상한을 두세요. 외부 호출에는 타임아웃이 필요합니다. 멈춘 호출이 하나만 있어도 배치는 간격을 얼마로 잡든 그 간격을 넘깁니다.
# host-commit-failures
rule-clock-skew-what = 같은 리밸런싱에 대해 로그 시각이 다른 호스트와 1초 이상 어긋나는 호스트입니다. 시계가 빠르거나 느린 경우이고, 15분 단위로 딱 떨어지면 로그가 다른 시간대로 기록된 경우입니다.
rule-clock-skew-why = 타임라인은 각 줄의 시각으로 이벤트를 정렬합니다. 한 호스트의 시계가 어긋나면 호스트 간 이벤트 순서가 뒤바뀌어 보이고 리밸런싱가 실제보다 길거나 짧아 보입니다. 오프셋 없이 현지 시각으로 남긴 로그는 다른 로그와 몇 시간씩 떨어져 보입니다.
rule-clock-skew-evidence = 제너레이션마다 각 컨슈머 호스트가 "Successfully joined group with generation N"을 남긴 시각과 브로커가 "Stabilized group … generation N"을 남긴 시각입니다. 코디네이터는 모든 멤버의 JoinGroup에 한꺼번에 응답하므로(GroupCoordinator.onCompleteJoin, 4.x는 GroupMetadataManager.completeClassicGroupJoin) 이 줄들은 같은 순간을 가리킵니다. 호스트의 차이는 제너레이션마다 컨슈머 시각의 하위 중앙값과 비교한 차이의 중앙값입니다.
rule-clock-skew-next = 해당 호스트의 NTP(chrony, systemd-timesyncd)를 확인하세요. 시간대 문제라면 로그 패턴이 오프셋을 찍도록 바꾸거나(log4j는 `%d`에 `ISO8601_OFFSET_DATE_TIME_HHCMM` 형식, logback은 `XXX`로 끝나는 `%d` 패턴) 로그를 UTC로 수집하세요.
rule-host-commit-failures-what = 같은 로그에 있는 다른 호스트는 커밋하는데 한 호스트의 컨슈머만 오프셋 커밋에 실패하는 경우입니다(`CommitFailedException`, 오프셋 커밋 실패). 그 호스트에서 2건 이상, 나머지 호스트를 모두 합쳐 그 10분의 1 이하일 때입니다.
rule-host-commit-failures-why = 한 호스트에서만 커밋이 실패한다는 것은 그 호스트의 컨슈머가 poll 사이에 파티션을 잃는다는 뜻입니다. 그 호스트가 느려서(CPU, GC, 느린 외부 의존성, 다른 설정) 배치가 다른 곳에서 다시 처리되고, 다른 호스트보다 뒤처집니다(`shared/seeds/000`의 단서).
rule-host-commit-failures-evidence = 컨슈머 로그(클라이언트 메시지, 스택 트레이스, JSON 로그 필드)에서 호스트별 커밋 실패 건수, 처음과 마지막 시각, 예외 이름. 호스트는 로그 줄의 래퍼(파드, host 필드, 소스 열)에서, 로그 파일이 여러 개면 파일 이름에서 가져옵니다.
rule-host-commit-failures-next = 그 호스트의 레코드당 처리 시간, CPU, GC를 다른 호스트와 비교하고, 컨슈머 설정(`max.poll.records`, `max.poll.interval.ms`, concurrency)을 확인하고, 실패 시각 전후의 리밸런싱과 poll 타임아웃을 찾아보세요.
# session-timeout-removals
rule-session-timeout-removals-what = `session.timeout.ms` 안에 하트비트가 오지 않아 그룹 코디네이터가 제거한 멤버입니다(브로커 로그의 `Member … has failed, removing it from the group`).
rule-session-timeout-removals-why = 죽거나, 강제 종료되거나, 멈춘 컨슈머는 LeaveGroup을 보내지 않습니다. 그 파티션은 세션이 만료될 때까지 그 멤버에게 할당된 채 읽히지 않고, 그 뒤에 그룹이 리밸런싱됩니다.
rule-session-timeout-removals-evidence = 브로커의 그룹 코디네이터 메시지(2.x, 3.x의 `GroupCoordinator`, 3.7부터 `GroupMetadataManager`): 세션 타임아웃으로 인한 제거 하나하나의 시각과 멤버 ID.
rule-session-timeout-removals-next = 그 시각에 해당 멤버 프로세스에 무슨 일이 있었는지 확인하세요(재시작, OOM 강제 종료, 노드 장애, 긴 GC 정지). 배포할 때는 종료 시 컨슈머를 close해서 바로 그룹을 떠나게 하거나, 정적 멤버십으로 짧은 재시작을 넘기세요.
# slow-rebalance
rule-slow-rebalance-what = 컨슈머 로그에서 읽은 리밸런싱 가운데 30초 이상 걸린 것입니다. 첫 멤버가 다시 참여를 시작한 때(또는 브로커가 리밸런싱을 준비한 때)부터 마지막 멤버가 새 제너레이션에 참여한 때까지를 잽니다. 리밸런싱을 붙잡은 멤버도 찾습니다. 마지막으로 다시 참여했고, 바로 앞 멤버보다 리밸런싱 시간의 절반 이상 늦은 멤버입니다. KIP-848 그룹은 브로커가 그룹 에포크를 올린 시점(또는 멤버가 JOINING 상태가 된 시점)부터 마지막 멤버가 그 에포크의 할당을 반영한 시점(STABLE)까지를 잽니다. 그룹 전체가 한 멤버를 기다리지는 않지만, 파티션을 늦게 반납한 멤버는 그 파티션을 받을 멤버를 기다리게 합니다.
rule-slow-rebalance-why = 클래식 리밸런싱은 모든 멤버가 다시 참여해야 끝나고, 멤버는 다음 poll() 때에야 다시 참여합니다. 긴 배치를 처리하는 멤버 하나가 최대 max.poll.interval.ms 동안 그룹 전체를 기다리게 하고, 그동안 다른 멤버들이 반납한 파티션은 아무도 읽지 않습니다.
rule-slow-rebalance-evidence = 멤버별 클라이언트 로그의 `(Re-)joining group`과 `Successfully joined group with generation` 줄, 있으면 브로커의 `Preparing to rebalance` 줄(KIP-848: `Member … transitioned from … to STABLE` 줄과 브로커의 `Bumped group epoch` 줄). 오래 걸린 리밸런싱 수, 가장 긴 리밸런싱, 마지막으로 다시 참여한 멤버와 바로 앞 멤버와의 시간 차이.
rule-slow-rebalance-next = 늦은 멤버가 그 시각에 poll 루프에서 무엇을 하고 있었는지 확인하세요(긴 배치, 느린 호출). 배치 하나의 처리 시간에 상한을 두세요(`max.poll.records`, 외부 호출 타임아웃). cooperative 프로토콜이나 KIP-848을 쓰면 리밸런싱 중에도 다른 멤버는 계속 읽습니다.
# deploy-rebalances
rule-deploy-rebalances-what = 컨슈머 로그에서 읽은, 배포 한 번이 일으킨 리밸런싱입니다. 10분 안에 이어진 컨슈머 종료(컨슈머를 닫으면서 보낸 LeaveGroup, Spring의 `Consumer stopped`)를 배포 한 번으로 보고, 첫 종료부터 마지막 종료 뒤 첫 제너레이션까지 끝난 제너레이션을 그 배포의 리밸런싱으로 셉니다. 2번 이상일 때 보고합니다.
rule-deploy-rebalances-why = 클래식 프로토콜에서 동적 멤버 하나를 재시작하면 그룹이 두 번 리밸런싱됩니다. 떠날 때 한 번, 다시 참여할 때 한 번입니다. 인스턴스 n개를 롤링 배포하면 리밸런싱이 약 2n번 일어나고, eager 할당 방식에서는 그때마다 그룹 전체가 읽기를 멈춥니다.
rule-deploy-rebalances-evidence = 컨슈머가 닫히며 그룹을 떠난 기록과 참여한 제너레이션(클라이언트 로그, 있으면 브로커 로그. KIP-848에서는 그룹 에포크와 멤버의 `LEAVING`→`UNSUBSCRIBED` 전환): 종료된 컨슈머 수, 호스트, 시각, 뒤따른 리밸런싱 수.
rule-deploy-rebalances-next = 정적 멤버십(`group.instance.id`, 재시작 시간보다 긴 `session.timeout.ms`)을 쓰면 재시작한 인스턴스가 리밸런싱 없이 파티션을 돌려받습니다. `cooperative-sticky`나 KIP-848 프로토콜을 쓰면 다른 멤버는 계속 읽습니다. 인스턴스는 그룹이 다시 안정된 뒤에 하나씩 재시작하세요.
# lag-during-rebalances
rule-lag-during-rebalances-what = 같은 그룹의 랙 시계열과 컨슈머 로그를 함께 줄 때, 시계열 구간 안에서 리밸런싱이 3번 이상 끝났고 마지막 리밸런싱 뒤의 랙이 첫 리밸런싱 전보다 높은 경우입니다.
rule-lag-during-rebalances-why = 리밸런싱 때마다 파티션을 반납하는 멤버(eager 할당 방식이면 모든 멤버)는 새 제너레이션가 될 때까지 읽기를 멈춥니다. 리밸런싱이 계속되는 그룹은 읽을 시간을 거듭 잃고, 멤버가 빨라도 랙이 늘어납니다.
rule-lag-during-rebalances-evidence = 시계열 구간 안에 있는 로그의 리밸런싱(클라이언트가 참여한 제너레이션 하나하나)과, 그 앞뒤 샘플의 그룹 랙.
rule-lag-during-rebalances-next = 그룹이 왜 계속 리밸런싱되는지 찾으세요. 다른 로그 발견 사항(poll 타임아웃 이탈, 세션 타임아웃 제거, 배포)이 원인을 알려 줍니다. 정적 멤버십과 cooperative 또는 KIP-848 프로토콜은 멈춤을 줄이거나 없앱니다.
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
rule-membership-changes-why = 멤버가 바뀔 때마다 리밸런싱이 최소 한 번 일어납니다. classic eager 프로토콜에서는 매번 모든 멤버가 다시 참여할 때까지 모두 멈추고, 커밋되지 않은 작업은 다시 처리됩니다. 동적 멤버로 인스턴스 N개를 롤링 재시작하면 리밸런싱이 약 2N번 일어나지만, blue-green 전환은 한 번이면 되고 정적 멤버십(`session.timeout.ms` 안에 재시작)이라면 한 번도 일어나지 않습니다.
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
rule-committed-ahead-next = 언클린 리더 선출이 일어났는지, 토픽이 다시 만들어졌는지 확인하세요. 컨슈머가 다음에 어떻게 할지는 `auto.offset.reset`이 정합니다. 타이밍 문제가 아닌지 확인하려면 스냅샷을 한 번 더 떠 보세요.
# lag-mismatch
rule-lag-mismatch-what = 출력된 LAG가 LOG-END-OFFSET − CURRENT-OFFSET과 다른 행입니다.
rule-lag-mismatch-why = 도구는 LAG를 두 오프셋으로 계산하므로, 차이가 있다면 붙여 넣은 내용이 편집되었거나, 여러 번 실행한 결과가 섞였거나, 정의가 다른 도구의 출력입니다. 이 값으로 낸 합계는 오해를 부를 수 있습니다.
rule-lag-mismatch-evidence = 각 행의 출력된 랙과 오프셋으로 계산한 랙.
rule-lag-mismatch-next = 명령을 다시 실행하고 출력을 편집하지 않은 채 붙여 넣으세요. lagscope는 출력된 값을 그대로 씁니다.

# Evidence labels: what each number of a finding measures (its unit is shown with the value).
evidence-yes = 예
evidence-no = 아니요
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
evidence-capped-by-partitions = 파티션 수로 제한됨
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
evidence-first-close-ms = 첫 컨슈머 종료 시각
evidence-last-close-ms = 마지막 컨슈머 종료 시각
evidence-settled-ms = 그룹 안정화 시각
evidence-first-failure-ms = 첫 실패 시각
evidence-last-failure-ms = 마지막 실패 시각
evidence-first-removal-ms = 첫 제거 시각
evidence-last-removal-ms = 마지막 제거 시각
evidence-first-rebalance-end-ms = 첫 리밸런싱 종료 시각
evidence-last-rebalance-end-ms = 마지막 리밸런싱 종료 시각
evidence-largest-storm-start-ms = 가장 큰 이탈 시작 시각
evidence-largest-storm-end-ms = 가장 큰 이탈 종료 시각
evidence-longest-start-ms = 가장 긴 리밸런싱 시작 시각
evidence-longest-end-ms = 가장 긴 리밸런싱 종료 시각
evidence-lag-before-ms = 이전 랙 측정 시각
evidence-lag-after-ms = 이후 랙 측정 시각
evidence-held-up-ms = 지연시킨 시간
evidence-longest-ms = 가장 긴 리밸런싱
evidence-longest-stay-ms = 가장 긴 체류
evidence-shortest-stay-ms = 가장 짧은 체류
evidence-errors = 오류
evidence-peers = 다른 호스트
evidence-held-up-by = 지연시킨 멤버
evidence-longest-generation = 해당 제너레이션
evidence-commit-failures = 커밋 실패 횟수
evidence-peer-commit-failures = 다른 호스트의 커밋 실패 횟수
evidence-consumers-closed = 종료된 컨슈머 수
evidence-largest-storm-members = 가장 큰 이탈의 멤버 수
evidence-rebalances = 리밸런싱 횟수
evidence-slow-rebalances = 오래 걸린 리밸런싱 수
evidence-removals = 제거된 멤버 수
evidence-lag-before = 이전 랙
evidence-lag-after = 이후 랙
evidence-offset-ms = 다른 호스트 대비 차이(음수: 느림)
evidence-generations = 측정한 리밸런싱 수
evidence-broker = 브로커 로그
evidence-looks-like-zone = 시계가 아니라 시간대 차이

## parse

# What a recognised source is, when it is not a version.
source-hint-copied-table = 복사한 표
source-hint-error-reply = 오류 응답
source-hint-groups-csv = 컨슈머 그룹 CSV
source-hint-cluster-offsets = { $version } cluster offsets
# 파서의 진단 메시지(crates/lagscope-core/src/parse). 줄 번호와 행에서 인용한 오프셋은 입력에 적힌
# 그대로(자릿수 구분 기호 없이) 넘어옵니다.

# 행과 헤더.
diag-wrapped-row = { $first }번 줄과 { $second }번 줄은 콘솔에서 줄바꿈된 하나의 행입니다. 이어 붙여 읽었습니다
diag-wrapped-header = { $first }번 줄과 { $second }번 줄은 콘솔에서 줄바꿈된 하나의 헤더입니다. 이어 붙여 읽었습니다
diag-row-cut-short = 행이 중간에 잘렸습니다. { $missing } 값은 알 수 없습니다(남아 있는 셀은 읽었습니다)
diag-no-table-open = 열려 있는 표가 없습니다
diag-row-too-few-columns = 열이 { $expected }개({ $names })여야 하는데 { $found }개입니다
diag-row-without-numbers = "{ $names }" 표의 행이 아닙니다. 표에 있어야 할 숫자가 하나도 없습니다
diag-row-shapes-mismatch = 값이 { $found }개 있지만 열 { $expected }개({ $names })의 형식에 맞지 않습니다
diag-too-many-columns = 열은 최대 { $expected }개여야 하는데 { $found }개입니다
diag-cell-shape = { $column } 열의 값이 "{ $found }"입니다: { $shape }
# 셀에 와야 할 값(diag-cell-shape의 `shape`). 한국어에서는 서술어까지 씁니다.
diag-shape-count = 0 이상의 정수여야 합니다
diag-shape-offset = 정수이거나 "-"여야 합니다
diag-shape-topic = 토픽 이름(영문자, 숫자, '.', '_', '-')이어야 합니다
diag-shape-topic-name = 토픽 이름이어야 합니다
diag-shape-host = /10.0.3.17 같은 호스트여야 합니다
diag-new-offset-not-integer = NEW-OFFSET 값은 정수여야 합니다
diag-missing-topic = TOPIC 값이 있어야 합니다
diag-assigned-partitions-malformed = ASSIGNED_PARTITIONS 값은 0,1,2 같은 형식이어야 하는데 "{ $found }"입니다
diag-assignment-malformed = ASSIGNMENT 값은 topic(0,1), (0,1), topic:0,1 같은 형식이어야 하는데 "{ $found }"입니다
diag-lag-disagrees = 출력된 LAG 값({ $printed })이 계산 값(LOG-END-OFFSET − CURRENT-OFFSET = { $log_end } − { $current } = { $computed })과 다릅니다. 출력된 값을 그대로 씁니다
diag-lag-overflow = 오버플로
diag-lag-negative = LAG 값이 음수입니다. 커밋된 오프셋이 로그 끝 오프셋보다 큽니다(로그 끝 오프셋이 오래된 값이거나 로그가 잘린 경우). 출력된 값을 그대로 씁니다
diag-partition-without-topic = 토픽이 없는 파티션 행입니다. 표에 토픽 열이 없고, 표 위에도 토픽 이름이 없습니다
diag-partition-replaced = 그룹 { $group }의 { $topic }-{ $partition } 파티션이 이미 { $previous_line }번 줄에서 다른 오프셋으로 나왔습니다. 이 행의 값으로 대체합니다
diag-group-quoted = '{ $group }'
diag-group-unnamed = (이름 없음)

# 아무것도 읽지 못한 줄.
diag-loose-word = "{ $word }": 인식할 수 있는 행이나 메시지가 아닙니다. 행 앞에 표 헤더가 있어야 합니다
diag-unread-line = 인식할 수 있는 헤더, 행, 메시지가 아닙니다. 행 앞에 "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID" 같은 표 헤더가 있어야 합니다
diag-binary-file = 텍스트가 아닌 바이너리 파일입니다({ $line }번 줄에 텍스트에는 없는 바이트가 있습니다). lagscope는 kafka-consumer-groups.sh, rpk, kafkactl, Confluent CLI, Burrow가 출력한 내용이나 메트릭 내보내기 파일을 읽습니다
diag-nothing-recognised = 이 입력에서 인식할 수 있는 내용이 없습니다. { $looks }. 시도한 형식: kafka-consumer-groups.sh(모든 버전과 보기), kafka-share-groups.sh, kafka-streams-groups.sh, rpk, kafkactl, Confluent CLI, Burrow JSON, Prometheus 메트릭, kafka-ui. `lagscope analyze`는 랙 CSV, Grafana·CloudWatch·Prometheus query_range 내보내기, 타임스탬프로 구분된 덤프, 호스트 × 시간 표도 시도합니다
# 읽지 못한 입력이 무엇처럼 보이는지(diag-nothing-recognised의 `looks`).
diag-looks-like-json = JSON처럼 보이지만 Burrow, Confluent CLI, kafkactl, kafka-ui, Prometheus API의 문서가 아닙니다
diag-looks-like-table = 첫 줄의 셀이 { $cells }인 표로 보이지만, 이런 헤더를 출력하는 도구는 알려져 있지 않습니다
diag-looks-like-prose = 도구의 출력이 아니라 일반 글이나 로그 줄로 보입니다

# 도구가 출력한 메시지. `error`는 도구가 출력한 원문 그대로입니다.
diag-group-does-not-exist = 도구에 따르면 '{ $group }' 컨슈머 그룹이 존재하지 않습니다
diag-rpk-error = rpk가 오류를 보고했습니다: “{ $error }”
diag-tool-error = 도구가 오류를 보고했습니다: “{ $error }”
diag-tool-error-explained = 도구가 오류를 보고했습니다: “{ $error }” — { $advice }
diag-tool-error-command-failed = 컨슈머 그룹 명령 실행에 실패했습니다: “{ $detail }”
diag-tool-error-missing-or-rebalancing = '{ $group }' 컨슈머 그룹이 없거나 리밸런싱 중입니다
# 알려진 오류의 원인과 조치(diag-tool-error-explained의 `advice`).
diag-cause-group-not-found = 이 클러스터에 해당 그룹이 없습니다(Kafka 4 브로커는 GROUP_ID_NOT_FOUND로 응답합니다). 그룹 ID와 클러스터를 확인하세요
diag-cause-state-needs-2-6 = --state 옵션에는 2.6 이상의 브로커가 필요합니다. --state를 빼거나 브로커 버전에 맞는 도구를 사용하세요
diag-cause-unsupported-version = 이 요청에 대해 도구와 브로커가 공통으로 지원하는 프로토콜 버전이 없습니다. 브로커 버전 이상의 클라이언트를 사용하세요
diag-cause-schema = 이 도구 버전으로는 그룹의 할당 정보를 읽을 수 없습니다. 브로커 버전 이상이면서 컨슈머가 쓰는 할당자의 버전 이상인 클라이언트를 사용하세요
diag-cause-group-authorization = 이 사용자에게는 그룹을 조회할 권한이 없습니다. 그룹(과 그 토픽)에 DESCRIBE 권한을 부여하거나, 권한이 있는 자격 증명을 사용하세요
diag-cause-topic-authorization = 이 사용자에게는 그룹의 토픽이나 클러스터를 조회할 권한이 없습니다. 토픽에 DESCRIBE 권한을 부여하세요
diag-cause-authentication = 인증에 실패했습니다. --command-config로 넘긴 SASL 설정을 확인하세요
diag-cause-tls-handshake = TLS 핸드셰이크에 실패했습니다. --command-config의 truststore와 security.protocol을 확인하세요
diag-cause-not-plain-protocol = 도구가 받은 응답이 Kafka의 평문 프로토콜이 아닙니다(대개 TLS나 SASL 리스너). 해당 리스너의 security.protocol을 담은 --command-config를 지정하세요
diag-cause-coordinator-not-available = 그룹 코디네이터를 사용할 수 없습니다(그룹의 __consumer_offsets 파티션이 오프라인이거나 이동 중). 다시 시도하고, 브로커와 __consumer_offsets 상태를 확인하세요
diag-cause-not-coordinator = 도구가 조회하는 사이에 그룹 코디네이터가 다른 브로커로 옮겨 갔습니다. 다시 시도하세요
diag-cause-coordinator-loading = 재시작이나 리더 변경 후 코디네이터가 아직 그룹의 오프셋을 불러오는 중입니다. 잠시 후 다시 시도하세요
diag-cause-timeout = 도구가 제시간에 응답을 받지 못했습니다. --bootstrap-server, 네트워크, 브로커의 advertised.listeners를 확인하거나 --timeout을 늘리세요
diag-cause-reset-needs-inactive = 오프셋은 그룹에 활성 멤버가 없을 때만 리셋할 수 있습니다. 그룹의 컨슈머를 모두 멈춘 뒤(상태가 Empty여야 합니다) 리셋을 다시 실행하세요
diag-cause-not-a-share-group = 이 그룹은 share 그룹이 아닙니다. 이 그룹에는 kafka-consumer-groups.sh(또는 kafka-streams-groups.sh)를 사용하세요
diag-cause-not-a-consumer-group = 이 그룹은 share 그룹이나 streams 그룹입니다. 이 그룹에는 kafka-share-groups.sh나 kafka-streams-groups.sh를 사용하세요
diag-cause-no-protocol-type = 이 그룹은 오프셋만 커밋하고 멤버 프로토콜이 없습니다(Flink, Spark, 수동 assign()). 오프셋을 보여 주는 0.10.2 이상의 도구로 조회하세요
diag-cause-group-not-empty = 그룹에 아직 활성 멤버가 있습니다. 그룹이나 그 오프셋을 삭제하기 전에 컨슈머를 멈추세요
diag-cause-invalid-group-id = 그룹 ID가 올바르지 않습니다. 철자를 확인하세요(빈 ID는 허용되지 않습니다)
diag-cause-rebalancing = 도구가 조회하는 동안 그룹이 리밸런싱 중이었습니다. 그룹이 Stable이 되면 명령을 다시 실행하세요
diag-cause-usage = 명령줄이 불완전하거나 잘못되었습니다. 도구가 함께 출력한 사용법을 확인하세요

# JSON 문서.
diag-json-read-by-line = 입력이 JSON처럼 시작하지만 줄 단위로 읽었습니다. 이유: { $reason }
diag-json-trailing-text = JSON 문서 뒤에 { $line }번 줄부터 다른 텍스트가 이어집니다
# `detail`은 JSON 리더가 쓴 원문 설명이고, `kind`는 eof, syntax, data, io 중 하나입니다.
diag-json-invalid = 올바른 JSON 문서가 아닙니다({ $line }번 줄 { $column }번째 문자: { $kind ->
    [eof] 문서가 끝나기 전에 입력이 끝났습니다
   *[other] “{ $detail }”
})
diag-json-invalid-nowhere = 올바른 JSON 문서가 아닙니다({ $kind ->
    [eof] 문서가 끝나기 전에 입력이 끝났습니다
   *[other] “{ $detail }”
})
diag-json-unknown-document = lagscope가 알지 못하는 JSON 문서입니다. Burrow, Confluent CLI, kafkactl, Prometheus API의 JSON이어야 합니다
diag-confluent-row-skipped = 토픽이나 파티션이 없는 Confluent CLI 랙 행을 건너뛰었습니다
diag-burrow-error = Burrow가 오류로 응답했습니다: “{ $message }” ({ $url }). 그룹이나 클러스터를 찾을 수 없다는 응답이면 이름이 맞는지, Burrow의 클러스터 설정에 들어 있는지 확인하세요
diag-burrow-error-for-group = Burrow가 '{ $group }' 컨슈머 그룹에 대해 오류로 응답했습니다: “{ $message }” ({ $url }). 그룹이나 클러스터를 찾을 수 없다는 응답이면 이름이 맞는지, Burrow의 클러스터 설정에 들어 있는지 확인하세요
diag-burrow-no-message = 메시지 없는 오류
diag-json-line-break-removed = JSON 문자열 안의 줄바꿈({ $first }번 줄과 { $second }번 줄 사이)을 제거했습니다
diag-json-cut-off = { $first }번 줄에서 시작하는 JSON 문서가 { $cut }번 줄에서 잘렸습니다. 마지막으로 온전한 요소까지 읽었습니다
diag-json-text-around = JSON 주변의 텍스트 { $count }줄({ $total }줄 중 { $first }–{ $last }번 줄)은 읽지 않았습니다

## report
# 마크다운 장애 보고서(`lagscope analyze --markdown`, 웹 앱의 "보고서 복사")와 CLI의 사람이 읽는
# 출력: `parse` 요약, 발견 사항 줄, 인자 오류. 제목·표·강조 같은 마크다운은 코드가 붙입니다.

report-title = 컨슈머 랙 장애 보고서
# 제목 아래 기울임 줄. `span`은 report-span-samples 또는 report-span-snapshot.
report-generated = lagscope가 { $span }를 바탕으로 작성했습니다. 입력: { $inputs }.
report-span-samples = { $from }부터 { $to }까지의 샘플 { $count }개
report-span-snapshot = 스냅샷 1개
report-what-happened = 현상 요약
report-no-findings = 이 입력에서는 어떤 규칙도 문제를 찾지 못했습니다.
report-unnamed = (이름 없음)
report-severity = { $severity ->
    [info] 정보
    [warning] 경고
   *[critical] 심각
}
report-finding-rule = { $severity } · 규칙 { $rule }
report-why = 왜 중요한가.
report-next = 다음에 확인할 것.
report-evidence = 근거
report-value = 값

report-timeline = 타임라인
report-total-lag-of = { $group } 그룹의 전체 랙:
report-time = 시각
report-time-in-zone = 시각 ({ $zone })
report-total-lag = 전체 랙
report-per-host = 호스트별 처리 건수
report-host = 호스트
report-processed = 처리 건수
report-share = 비중
report-first-interval = 첫 구간
report-last-interval = 마지막 구간
report-peak-per-hour = 시간당 최대
report-mean-per-hour = 시간당 평균

report-findings = 발견 사항
report-groups = 컨슈머 그룹
report-group = 그룹
report-burrow = Burrow
report-lag-first-last = 랙 (처음 → 마지막)
report-consumed-per-s = 초당 처리
report-produced-per-s = 초당 유입
report-time-to-drain = 랙 해소 예상 시간
report-not-draining = 줄지 않음
report-hosts-of = { $group } 그룹의 호스트:
report-partitions = 파티션
report-lag = 랙
report-share-of-lag = 랙 비중

# `lagscope parse`(--json 없이): 입력 형식, 그룹별 한 줄, 진단.
cli-source = 입력 형식: { $tool }
cli-source-with-hint = 입력 형식: { $tool } ({ $hint })
cli-source-not-recognised = 인식하지 못함
cli-logs-group = { $group }: 로그 이벤트 { $events }개, { $protocol ->
    [consumer] { $n_generations ->
        [0] 에포크 정보 없음
       *[other] 에포크 { $generations }
    } (KIP-848)
   *[other] { $n_generations ->
        [0] 제너레이션 정보 없음
       *[other] 제너레이션 { $generations }
    }
}
cli-logs-storm = poll 타임아웃 이탈: { $start } ~ { $end } 사이 멤버 { $members }개
cli-logs-commit-failures = { $host }의 커밋 실패: { $first } ~ { $last } 사이 { $count }건
cli-column-group = 그룹
cli-column-partitions = 파티션
cli-column-members = 멤버
cli-column-total-lag = 전체 랙
cli-column-state = 상태
cli-unnamed-group = (이름 없음)
cli-no-such-group = { $path }에 "{ $group }" 그룹이 없습니다. 있는 그룹: { $groups }
cli-no-group = { $path }에 컨슈머 그룹이 없습니다
cli-several-groups = { $path }에 그룹이 여러 개 있습니다({ $groups }). --group으로 하나를 지정하세요
cli-diagnostics = 진단 { $count }건:
cli-diagnostic-line = { $line }번 줄: { $severity }: { $message }
cli-diagnostic-severity = { $severity ->
    [info] 정보
    [warning] 경고
   *[error] 오류
}
# `lagscope analyze`: 발견 사항 줄은 대괄호 안의 심각도로 시작합니다.
cli-severity = { $severity ->
    [info] 정보
    [warning] 경고
   *[critical] 심각
}

# CLI 인자와 입력의 오류.
cli-cannot-read = 읽을 수 없습니다: { $path }
cli-cannot-read-stdin = 표준 입력을 읽을 수 없습니다
cli-not-a-request = 입력이 { $what }이 아닙니다 (README의 계약을 참고하세요)
cli-evaluate-request = evaluate 요청
cli-time-lag-request = time-lag 요청
cli-config-expected-key-value = --config { $setting }: KEY=VALUE 형식으로 지정하세요
cli-config-invalid = --config { $setting }: { $problem }
cli-minimum-complete-out-of-range = --minimum-complete { $value }: 0에서 1 사이의 비율이어야 합니다
cli-intervals-out-of-range = --intervals { $value }: 최대 { $max }까지 지정할 수 있습니다 (Burrow 커밋 링의 크기)
cli-column-expected-field-column = --column { $column }: FIELD=COLUMN 형식으로 지정하세요
cli-column-unknown-field = --column { $column }: 알 수 없는 필드 "{ $field }"입니다. time, group, topic, partition, lag, current_offset, log_end_offset, host 중 하나를 지정하세요
cli-at-per-file = 파일마다 --at TIME을 하나씩 지정하세요 (파일 { $files }개, 시각 { $times }개)
cli-at-expected-time = --at { $time }: ISO 8601, `date` 출력 또는 epoch 초/밀리초 형식이어야 합니다

## sim
# 시뮬레이터: 이벤트 기록, 시나리오 검증 오류, 텍스트 요약, 덤프의 그룹에서 시작할 때의 가정,
# 프리셋 설명.

# 이벤트 기록의 종류(두 번째 열).
sim-event-kind-started = 컨슈머 시작
sim-event-kind-joined = 그룹 참여
sim-event-kind-left = 그룹 이탈
sim-event-kind-crashed = 크래시
sim-event-kind-stopped = 종료
sim-event-kind-rebalance-started = 리밸런스 시작
sim-event-kind-rebalance-completed = 리밸런스 완료
sim-event-kind-epoch-bumped = 그룹 에포크 증가
sim-event-kind-assigned = 파티션 할당
sim-event-kind-revoked = 파티션 회수
sim-event-kind-commit-failed = 커밋 실패
sim-event-kind-poll-timed-out = 폴 타임아웃
sim-event-kind-metadata-refreshed = 메타데이터 갱신
sim-event-kind-partitions-added = 파티션 추가
sim-event-kind-stalled = 외부 호출 멈춤
sim-event-kind-deploy = 배포

# 멤버가 그룹을 떠난 이유.
sim-leave-poll-timeout = poll 타임아웃
sim-leave-session-timeout = 세션 타임아웃
sim-leave-shutdown = 정상 종료
sim-leave-rebalance-timeout = 리밸런싱 타임아웃

# 컨슈머의 생애.
sim-event-started = 컨슈머가 시작되었습니다
sim-event-stopped = 컨슈머가 종료되었습니다
sim-event-left-on-close = 종료하면서 LeaveGroup을 보냈습니다
sim-event-crashed = 프로세스가 비정상 종료되었습니다
sim-event-killed-shutdown-timeout = 정상 종료가 제한 시간을 넘겨 프로세스가 강제 종료되었습니다
sim-event-killed-replacement = 강제 종료: 정상 종료가 끝나기 전에 교체 프로세스가 시작됩니다
sim-event-poll-timeout = 컨슈머 poll 타임아웃이 발생했습니다: 레코드 { $records }개짜리 배치를 { $elapsed }째 처리하고 있었습니다. max.poll.interval.ms 값은 { $max_poll_interval_ms }입니다
sim-event-poll-timeout-static = { $timeout }. 정적 멤버는 LeaveGroup을 보내지 않으므로 코디네이터는 session.timeout.ms가 지날 때까지 이 멤버를 그룹에 둡니다
sim-event-session-expired = session.timeout.ms({ $session_timeout_ms } ms) 동안 하트비트가 없어 코디네이터가 멤버를 제거합니다
sim-event-stalled = 외부 호출이 { $hang } 동안 멈춥니다

# classic 프로토콜.
sim-event-join-group = JoinGroup 요청
sim-event-first-join = 빈 그룹에 멤버가 참여했습니다. 코디네이터는 다른 멤버를 group.initial.rebalance.delay.ms 동안 기다립니다
sim-event-eager-revoked = eager 리밸런싱: JoinGroup 전에 모든 파티션을 회수합니다 (onJoinPrepare)
sim-event-cooperative-revoked = cooperative 리밸런싱: 옮겨 가는 파티션만 커밋 없이 회수합니다 (onJoinComplete). 멤버는 두 번째 라운드를 위해 다시 참여합니다
sim-event-static-rejoined = 정적 멤버가 group.instance.id로 다시 참여했습니다. 멤버 ID는 새로 받지만 할당은 그대로이고 리밸런싱은 일어나지 않습니다
sim-event-static-rejoined-rebalancing = 리밸런싱 중에 정적 멤버가 group.instance.id로 다시 참여했습니다
sim-event-rebalance-started = { $reason }: 각 멤버는 다음 하트비트 응답에서 이를 알게 되고 다음 poll()에서 다시 참여합니다
sim-event-join-timeout = 리밸런싱 타임아웃(max.poll.interval.ms = { $max_poll_interval_ms } ms) 안에 다시 참여하지 않았습니다
sim-event-sync-timeout = 리밸런싱 타임아웃(max.poll.interval.ms = { $max_poll_interval_ms } ms) 안에 SyncGroup을 보내지 않았습니다
sim-event-assigned = 제너레이션 { $generation }: 파티션 { $count }개
sim-event-rebalance-completed = 제너레이션 { $generation }: 멤버 { $members }개, { $protocol } 프로토콜, { $assignor } 할당자. 리밸런싱에 { $took } 걸렸습니다
sim-event-metadata-refreshed = 리더가 메타데이터를 갱신하자 { $topic } 토픽의 파티션이 { $partitions }개로 보입니다. 리더는 다음 poll()에서 다시 참여합니다
sim-event-assignor-failed = 할당자가 실패했습니다: { $error }

# 리밸런싱이 시작된 이유, 그룹 에포크가 오른 이유.
sim-event-reason-joined = 멤버 참여
sim-event-reason-rejoined = 멤버 재참여
sim-event-reason-left = 멤버 이탈
sim-event-reason-left-because = 멤버 이탈({ $reason })
sim-event-reason-partitions = { $topic } 토픽의 파티션이 { $partitions }개가 됨

# consumer 프로토콜(KIP-848).
sim-event-heartbeat-join = 멤버 에포크 0으로 ConsumerGroupHeartbeat 전송(참여)
sim-event-static-rejoined-target = 정적 멤버가 group.instance.id로 다시 참여했습니다. 목표 할당을 그대로 유지합니다
sim-event-modern-revoked = poll()에서 회수하고 확인 응답을 보냈습니다. 새 소유자는 다음 하트비트에서 이 파티션을 받습니다
sim-event-epoch-bumped = { $reason }: 그룹 에포크 { $epoch }, 멤버 { $members }개에 대한 새 목표 할당
sim-event-granted = 에포크 { $epoch }: 파티션 { $count }개 할당

# 애플리케이션이 본 커밋 실패.
sim-event-commit-failed = { $exception }: { $why }. 처리한 레코드 { $uncommitted }개가 커밋되지 않은 채 남고, 파티션이 옮겨 가면 다시 처리됩니다
sim-event-commit-failed-not-member = 멤버가 더 이상 그룹의 현재 제너레이션에 속하지 않습니다
sim-event-commit-failed-rebalancing = 그룹이 리밸런싱 중입니다. 리밸런싱이 끝난 뒤 커밋을 다시 시도할 수 있습니다

# 작업.
sim-event-scale-out = 스케일 아웃: 새 인스턴스 { $instances }개
sim-event-scale-in = 스케일 인: 인스턴스 { $instances }개 종료
sim-event-partitions-added = { $topic } 토픽의 파티션이 { $partitions }개가 되었습니다. 프로듀서는 다음 메타데이터 갱신(지금부터 { $refresh } 뒤)부터 새 파티션에도 씁니다
sim-event-rolling-deploy = 인스턴스 { $instances }개의 롤링 배포를 시작합니다
sim-event-rolling-stop = 롤링 배포: { $host } 종료 ({ $step }/{ $steps })
sim-event-rolling-start = 롤링 배포: 새 { $host } 시작 ({ $step }/{ $steps })
sim-event-blue-green-at-switch = 블루-그린 배포: 그린 인스턴스 { $instances }개가 부팅합니다. 컨슈머는 전환 시점에 시작합니다
sim-event-blue-green-as-they-start = 블루-그린 배포: 그린 인스턴스 { $instances }개가 부팅하고, 컨슈머는 시작되는 대로 그룹에 참여합니다
sim-event-blue-green-switch-start = 블루-그린 전환: 블루 인스턴스는 모두 종료되고 그린 컨슈머는 모두 시작됩니다
sim-event-blue-green-switch = 블루-그린 전환: 블루 인스턴스가 모두 종료됩니다

# 실행할 수 없는 시나리오: 필드와, 그 필드에 있어야 하는 값.
sim-error-field = { $path }: { $expected }
sim-error-json = { $line }행 { $column }열: 시나리오로 읽을 수 없습니다 (JSON 파서: “{ $error }”)
sim-error-start = 날짜와 시각으로 읽을 수 없습니다: `{ $start }` (예: 2022-03-17T18:00:00Z)
sim-error-too-many-events = 이벤트가 { $events }개를 넘는 실행입니다(시작 후 { $at }에 이미 도달). 실행 시간을 줄이거나, 부하나 컨슈머 수를 줄이거나, 샘플 간격을 늘리세요
sim-error-duration = 31일(2,678,400초) 이하여야 합니다
sim-error-samples = 한 번 실행에 샘플은 최대 { $samples }개입니다. { $seconds }초 이상으로 설정하세요
sim-error-between = { $min } 이상 { $max } 이하여야 합니다
sim-error-at-least-one = 1 이상이어야 합니다
sim-error-positive = 0보다 큰 수여야 합니다
sim-error-millis = 0 이상의 밀리초 값이어야 합니다
sim-error-seconds-from-zero = 0 이상, 31일 이하의 초 단위 값이어야 합니다
sim-error-seconds-positive = 0보다 크고 31일 이하인 초 단위 값이어야 합니다
sim-error-no-topic = 토픽이 하나 이상 있어야 합니다
sim-error-topic-name = 공백 없는 토픽 이름이어야 합니다
sim-error-topic-twice = 토픽 `{ $topic }` 항목이 두 번 있습니다
sim-error-unknown-topic = `{ $topic }` 토픽이 `topics`에 없습니다
sim-error-negative-lag = 오프셋과 랙은 0 이상이어야 합니다
sim-error-negative-offset = 오프셋은 0 이상이어야 합니다
sim-error-partition = 0부터 { $last }까지여야 합니다
sim-error-no-group = 그룹이 하나 이상 있어야 합니다
sim-error-group-name = 공백 없는 그룹 ID여야 합니다
sim-error-group-twice = 그룹 `{ $group }` 항목이 두 번 있습니다
sim-error-no-host = 호스트가 하나 이상 있어야 합니다
sim-error-host-name = 공백이나 `:`이 없고 `all`이 아닌 호스트 이름이어야 합니다
sim-error-host-twice = 호스트 `{ $host }` 항목이 두 번 있습니다
sim-error-records = 0 이상 10^13 이하의 레코드 수여야 합니다
sim-error-rate = 초당 0건 이상 100,000,000건 이하의 속도여야 합니다
sim-error-burst = `every_s` 이하여야 합니다
sim-error-rebalance-delays = 리밸런싱 지연은 600,000 ms 이하여야 합니다
sim-error-commit-with-auto-commit = enable_auto_commit이 false일 때만 쓸 수 있습니다 (자동 커밋은 스스로 커밋합니다)
sim-error-assignment-time = 0 이상 1,000,000 이하의 마이크로초 값이어야 합니다
sim-error-call-timeout = 86,400,000 이하의 밀리초 값이어야 합니다
sim-error-assignor-protocol = consumer 프로토콜(KIP-848)에는 서버 할당자(uniform, server-range)를, classic 프로토콜에는 클라이언트 할당자를 써야 합니다
sim-error-assignor-cooperative = cooperative 프로토콜에는 이를 지원하는 할당자인 cooperative-sticky가 필요합니다
sim-error-uniform = min_ms가 max_ms 이하여야 합니다
sim-error-lognormal = p99_ms가 median_ms 이상이어야 합니다
sim-error-add-partitions = 시작 시점의 파티션 { $partitions }개보다 많고(Kafka는 파티션을 늘리기만 합니다) 100,000개 이하여야 합니다
sim-error-target = `{ $target }`에 해당하는 호스트가 없습니다 (`all`, 호스트 이름, `host:thread` 중 하나여야 합니다)
sim-error-target-host = 이 작업에는 `all`이나 호스트만 지정할 수 있습니다
sim-error-thread = `{ $host }`의 스레드 번호는 1 이상 { $concurrency } 이하여야 합니다
sim-error-dump-without-partitions = 그룹에 파티션 정보가 없습니다. 시나리오를 만들려면 오프셋 보기(`--describe`)가 필요합니다
# lagscope simulate.
sim-error-no-scenario = 시나리오 파일이나 프리셋 이름을 지정하세요 (프리셋 목록은 lagscope simulate --list로 볼 수 있습니다)
sim-error-not-found = { $name }: 읽을 수 있는 시나리오 파일도, 프리셋도 아닙니다 (프리셋 목록은 lagscope simulate --list로 볼 수 있습니다)
sim-error-preset = 프리셋 { $name }: { $error }

# 텍스트 요약(lagscope simulate).
sim-summary-title = 시나리오 { $scenario } (시드 { $seed }), 그룹 { $group }
sim-summary-protocol = 프로토콜 { $protocol }, 할당자 { $assignor }
sim-summary-totals = 리밸런싱 { $rebalances }회 · 생산 { $produced }건 · 처리 { $processed }건 · 중복 처리 { $duplicates }건 · 커밋 실패 { $commit_failures }회
sim-summary-count = { $name } { $count }
sim-summary-failed-commits = 커밋 실패: { $failures }
sim-summary-members-left = 이탈한 멤버: { $leaves }
sim-summary-none = 없음
sim-summary-lag = 전체 랙: 처음 { $first_lag } · 최대 { $max_lag } · 마지막 { $final_lag } · 컨슈머 없이 보낸 파티션 시간 { $unowned }
sim-summary-host = 호스트
sim-summary-processed = 처리 건수
sim-summary-events = 이벤트
sim-summary-more-events = … 전체 기록(이벤트 { $count }개)은 --json으로 볼 수 있습니다

# 덤프의 그룹에서 시작하는 실행: 덤프에 없는 내용에 대한 가정.
sim-assumed = 가정: { $assumption }
sim-assumed-unknown-log-end = 파티션 { $count }개는 로그 끝 오프셋을 알 수 없어 토픽의 기본값에서 시작합니다
sim-assumed-partition-counts = 파티션 수는 덤프에 보이는 가장 큰 파티션 번호에 1을 더한 값으로 봅니다
sim-assumed-assignor = 덤프에 적힌 대로 할당자는 { $assignor }입니다
sim-assumed-template-hosts = 덤프에 파티션 소유자가 없어 템플릿의 호스트를 그대로 씁니다
sim-assumed-threads = 각 호스트는 그 호스트에서 보인 멤버 ID마다 컨슈머 스레드를 하나씩 실행합니다
sim-assumed-dropped-topic = 시작 후 { $at } 시점의 작업은 뺍니다. 덤프에 파티션이 { $partitions }개보다 적은 { $topic } 토픽이 없습니다
sim-assumed-dropped-host = 시작 후 { $at } 시점의 작업은 뺍니다. 덤프에 보이지 않는 대상({ $target })을 가리킵니다

# 프리셋(lagscope simulate --list, 플레이그라운드).
preset-slow-a-server = shared/seeds/000: 18:00에 메시지 1,200,000건이 토픽 5개 × 파티션 20개로 들어오고, 서버 4대가 각각 concurrency 5인 컨슈머를 하나씩 띄워 읽으며 배치마다 커밋합니다. A 서버는 초당 10건(시간당 36,000건)보다 빨리 처리하지 못해 500건짜리 배치 하나에 스레드마다 약 250초가 걸리고, 가끔은 max.poll.interval.ms보다 오래 걸립니다. 그러면 그 스레드는 그룹을 떠나고 커밋은 CommitFailedException으로 실패합니다. 엔지니어들이 A 서버 로그에서 찾은 단서가 바로 이것입니다. B, C, D 서버는 첫 한 시간 안에 자기 몫을 다 처리하고 한가해지지만, A 서버의 파티션에는 일곱 시간 동안 랙이 남습니다.
preset-poll-timeout-storm = shared/seeds/002: 파티션 24개, 레플리카 4개 × concurrency 3, max.poll.records 500, max.poll.interval.ms 300,000, 배치마다 커밋(Spring의 AckMode.MANUAL). 푸시 약 1,400건 중 1건은 타임아웃이 없는 OAuth 토큰 호출을 기다리는데, 이 호출은 프로세스를 재시작할 때까지 멈춰 있습니다. 리밸런싱이 끝날 때마다 멤버들은 배치 한두 개를 커밋한 뒤 저마다 멈춘 호출을 만나고, 마지막 poll 후 300초가 지나면 그룹을 떠나 그룹에는 컨슈머가 남지 않습니다. 랙은 조금 줄었다가 다시 늘어납니다. 30분 시점의 재시작(시드의 rollout)에서도 같은 일이 되풀이되고, 멈춘 스레드가 보냈던 푸시는 다시 보내집니다. max.poll.interval.ms를 600,000으로 올려도 이탈 시점이 600초로 밀릴 뿐이며, 호출에 제한 시간을 두어야 끝납니다.
preset-poll-timeout-storm-fixed = shared/seeds/002의 튜닝: 토큰 호출에 제한 시간을 둔 뒤(여기서는 30초 타임아웃) max.poll.records를 500에서 50으로 낮춥니다. 호출이 타임아웃된 50건짜리 배치도 1분이 채 걸리지 않아 max.poll.interval.ms 안에 넉넉히 들어오므로, 아무도 그룹을 떠나지 않고 커밋이 성공하며 랙이 줄어듭니다. max.poll.records만 낮춰서는 소용이 없었을 것입니다. 15분 동안 멈추는 호출이 있으면 배치 크기가 얼마든 그 배치는 간격을 넘깁니다.
preset-poll-timeout-storm-call-timeout = 시드의 실제 해결책(shared/seeds/002): OAuth 토큰 호출에 10초 타임아웃을 두고 나머지는 그대로 둡니다(max.poll.records 500, max.poll.interval.ms 300,000). 실패하는 호출을 만난 배치는 15분이 아니라 10초만 더 걸리므로, 아무도 그룹을 떠나지 않고 랙이 줄어듭니다.
preset-rolling-deploy = 인스턴스 4개(각각 컨슈머 3개, eager 프로토콜과 range 할당자)의 롤링 배포: 멈추는 인스턴스는 모두 LeaveGroup을 보내고 교체 인스턴스는 모두 그룹에 참여하므로, 그룹은 인스턴스마다 한 번 이상 리밸런싱하고 리밸런싱할 때마다 컨슈머 12개가 모두 멈춥니다.
preset-blue-green-deploy = 같은 그룹을 블루-그린 방식으로 배포합니다. 새 인스턴스 4개가 기존 인스턴스 옆에서 부팅한 뒤, 한 번의 전환으로 기존 컨슈머를 모두 멈추고 새 컨슈머를 모두 시작하므로 그룹은 한 번만 리밸런싱합니다.
preset-rolling-deploy-static = 정적 멤버십(group.instance.id)을 쓰고 교체 인스턴스가 session.timeout.ms 안에 시작하는 롤링 배포: LeaveGroup도 리밸런싱도 없이, 각 인스턴스의 파티션은 재시작하는 동안 그냥 기다립니다.
preset-rolling-deploy-kip848 = KIP-848 consumer 프로토콜(uniform 할당자)에서의 롤링 배포: 이탈과 참여 때마다 그룹 에포크가 오르고, 파티션이 옮겨 가는 멤버만 잠시 멈춥니다. 그룹 전체가 멈추는 일은 없습니다.
preset-scale-out-eager = 바쁜 그룹에 eager 프로토콜(range)로 인스턴스 2개가 참여합니다. 모든 멤버가 모든 파티션을 회수하고, 가장 느린 배치가 끝날 때까지 아무도 다시 처리를 시작하지 못합니다.
preset-scale-out-cooperative = 같은 스케일 아웃을 cooperative-sticky로: 그룹이 리밸런싱하는 동안에도 멤버들은 파티션을 그대로 가지고 있고, 옮겨 가는 파티션만 잠시 멈추며, 두 번째 라운드에서 새 멤버에게 넘어갑니다.
preset-crash-and-session-timeout = 인스턴스 하나가 비정상 종료됩니다. 코디네이터에 이를 알리는 것이 없으므로 그 파티션은 그룹이 리밸런싱하기까지 session.timeout.ms(45초) 동안 기다리고, 마지막 자동 커밋 이후 처리한 레코드는 다시 처리됩니다.
preset-add-partitions = 토픽의 파티션이 24개에서 36개로 늘어납니다. classic 프로토콜의 리더는 다음 메타데이터 갱신(metadata.max.age.ms, 5분) 때 이를 알아채고, 그때까지 새 파티션은 아무도 읽지 않습니다. auto.offset.reset=latest이면 할당 전에 새 파티션에 쓰인 레코드는 건너뜁니다.
preset-more-members-than-partitions = 파티션 6개에 컨슈머 12개: 멤버 6개는 할 일이 없습니다. 파티션보다 컨슈머가 많아도 처리량은 늘지 않습니다.
preset-hot-key = 전체 레코드의 절반이 한 키를 달고 있고, 이 키는 파티션 7로 해시됩니다. 나머지 파티션 23개가 노는 동안 그 파티션의 컨슈머는 따라가지 못합니다.
preset-bench-24x12 = 벤치마크: 파티션 24개 × 멤버 12개, 초당 10,000건으로 1시간을 시뮬레이션합니다.

## web: 웹 앱 자체의 화면 문구 (ui-: 페이지, pg-: 실습)

# 페이지 틀.
ui-tagline = Kafka 컨슈머 그룹 랙 분석기
ui-privacy = 모든 처리는 브라우저 안에서만 이루어지며, 붙여 넣은 내용은 이 페이지 밖으로 나가지 않습니다.
# 다른 언어로 바꾸는 버튼: 그 언어로 쓴 언어 이름.
ui-lang-toggle = English
ui-views = 화면
ui-tab-analyze = 분석
ui-tab-assignment = 할당
ui-tab-playground = 실습
ui-theme-toggle = 밝은/어두운 테마 전환
ui-loading-simulator = 시뮬레이터를 불러오는 중…
ui-loading-assignors = 할당자를 불러오는 중…
ui-loading-reset = 오프셋 리셋 계획 도구를 불러오는 중…
ui-reset-open = 오프셋 리셋 계획…
ui-reset-open-note = --reset-offsets 결과를 파티션별로(건너뛰거나 다시 읽을 레코드 수) 미리 보고, 그대로 실행할 명령을 복사합니다.
ui-loading = 불러오는 중…
ui-not-kept-too-large = 새로고침하면 사라집니다: { $size } MB — 보관 한도는 { $limit } MiB입니다. 보관하려면 JSON으로 내려받으세요.
ui-not-kept-refused = 새로고침하면 사라집니다: 브라우저가 저장을 거부했습니다({ $size } MB). 보관하려면 JSON으로 내려받으세요.

# 파일과 입력의 크기.
ui-size-mb = { $size } MB
ui-size-kb = { $size } KB
ui-size-b = { $size } B

# 입력.
ui-input-title = 입력
ui-input-label = 컨슈머 그룹 덤프
ui-input-hint = kafka-consumer-groups.sh 출력을 붙여 넣으세요(`date` 줄 사이에 여러 덤프를 넣으면 시간에 따른 변화를 볼 수 있습니다). 덤프, 랙 CSV, Grafana·Prometheus 내보내기, Burrow JSON 파일을 골라 넣거나 끌어다 놓아도 됩니다.
ui-sample-slow-host = 예제: 느린 호스트
ui-sample-poll-storm = 예제: poll 타임아웃 폭주
ui-choose-files = 파일 선택…
ui-clear = 지우기
ui-drop-here = 파일을 놓으면 불러옵니다
ui-files = 파일
ui-remove-file = { $name } 제거
ui-pasted-text = 붙여 넣은 텍스트
ui-input-status = 줄: { $lines } · 그룹: { $groups } · 진단: { $diagnostics } · { $ms } ms
ui-detected = 감지된 형식
ui-reading = 읽는 중 { $done } / { $total }
ui-cancel = 취소
ui-analysis-cancelled = 분석을 취소했습니다. 아래 결과는 이전 입력의 결과입니다.
ui-analysis-failed = 분석을 실행하지 못했습니다(브라우저가 알려 준 이유는 개발자 도구 콘솔에 있습니다). 아래 결과는 이전 입력의 결과입니다. 입력을 바꾸거나 페이지를 새로 고쳐 다시 시도하세요.
event-mark-joining = 그룹에 (재)참여 시작
event-mark-joined = 제너레이션 { $generation }에 참여{ $protocol ->
    [unknown] {""}
   *[other] {""} ({ $protocol })
}
event-mark-assigned = 파티션 { $count }개 할당: { $partitions }
event-mark-revoked = 파티션 { $count }개 반납(revoke): { $partitions }
event-mark-lost = 파티션 { $count }개를 반납하지 못하고 잃음(lost): { $partitions }
event-mark-leaving = 그룹 탈퇴: { $reason ->
    [poll-timeout] poll 루프가 max.poll.interval.ms를 넘김
    [closing] 컨슈머 종료 중
    [unsubscribed] 구독 해제
   *[other] 탈퇴 요청
}
event-mark-poll-timeout = poll 타임아웃: poll() 호출 사이가 max.poll.interval.ms를 넘김
event-mark-heartbeat-failed = 하트비트 실패: { $reason ->
    [rebalancing] 그룹이 리밸런싱 중
    [forgotten] 코디네이터가 이 멤버를 더 이상 모름
    [stale-generation] 제너레이션이 오래됨
   *[fenced] 새 인스턴스에 의해 펜싱됨
}
event-mark-commit-failed = 커밋 실패: { $error }
event-mark-coordinator-lost = 그룹 코디네이터와 연결이 끊김
event-mark-preparing-rebalance = 코디네이터: 리밸런싱 시작 (제너레이션 { $generation } 종료){ $reason ->
    [unknown] {""}
   *[other] {""}: { $reason }
}
event-mark-epoch-reached = 에포크 { $epoch }의 할당 반영 완료
event-mark-epoch-bumped = 코디네이터: 그룹 에포크를 { $epoch }(으)로 올림, 리밸런싱 시작
event-mark-target-computed = 코디네이터: 에포크 { $epoch }의 목표 할당 계산{ $assignor ->
    [unknown] {""}
   *[other] {""} (어사이너 { $assignor })
}
event-mark-stabilized = 코디네이터: 제너레이션 { $generation } 안정화{ $members ->
    [unknown] {""}
   *[other] {""}, 멤버 { $members }명
}
event-mark-removed = 코디네이터가 { $member } 제거: { $reason ->
    [session-timeout] session.timeout.ms 안에 하트비트 없음
    [rebalance-timeout] 리밸런싱 타임아웃 안에 재참여하지 않음
   *[left-group] 그룹을 떠남
}
event-mark-group-empty = 코디네이터: 그룹이 비었음 (제너레이션 { $generation })
ui-analyze = 분석
ui-settings-title = 컨슈머 설정(선택)
ui-settings-hint = 분석 규칙이 이 값을 사용합니다. 예: max.poll.records × 레코드당 처리 시간을 max.poll.interval.ms와 비교합니다.

# 결과.
ui-nothing-yet = 덤프를 붙여 넣으면 그룹이 표시됩니다.
ui-one-snapshot-charts = 스냅샷이 하나뿐입니다. 처리 속도, 추세, Burrow 판정에는 여러 시점의 덤프가 필요합니다(덤프 사이에 date 줄).

# 공유와 보관.
ui-share-and-keep = 공유와 보관
ui-copy-report = 보고서 복사
ui-download-csv = CSV 내려받기
ui-download-json = JSON 내려받기
ui-save-document = 문서로 저장
ui-save-document-hint = 붙여 넣고 끌어다 놓고 설정한 모든 것을 파일 하나로 저장합니다. 이 페이지에서 열거나 끌어다 놓으면 그대로 돌아옵니다.
ui-link-too-long = 이 링크는 { $length }자라서 브라우저가 열 수 있는 길이(약 { $limit }자)를 넘습니다. 대신 문서로 저장해 파일을 공유하고, 이 페이지에서 열거나 끌어다 놓으면 모두 돌아옵니다.
ui-copy-share-link = 공유 링크 복사
ui-report-copied = 보고서를 Markdown으로 복사했습니다.
ui-link-copied = 링크를 복사했습니다. 모든 내용이 # 뒤에 압축되어 들어 있으며, 이 부분은 서버로 전송되지 않습니다.

# 심각도(분석 결과와 진단).
ui-severity-critical = 심각
ui-severity-warning = 경고
ui-severity-info = 정보
ui-severity-error = 오류

# 분석 결과.
ui-findings = 발견 사항
ui-findings-count = 발견 사항 ({ $count })
ui-no-findings = 어떤 규칙에도 걸리지 않았습니다. 주어진 데이터에서는 이상이 보이지 않습니다.
ui-rule-about = 규칙 설명 · { $rule }
ui-rule-what = 무엇인가
ui-rule-why = 왜 중요한가
ui-rule-evidence = 근거
ui-rule-next = 확인할 것

# 진단.
ui-diagnostics-count = 진단 ({ $count })
ui-no-diagnostics = 모든 줄을 해석했습니다.
ui-go-to-line = 입력에서 이 줄 보기
ui-line-number = { $line }번 줄

# 그룹 정보.
ui-unnamed-group = (덤프에 그룹 이름 없음)
ui-fact-verdict = 판정
ui-fact-state = 상태
ui-fact-assignor = 할당 전략
ui-fact-members = 멤버
ui-fact-partitions = 파티션
ui-fact-total-lag = 전체 랙
ui-fact-behind = 지연 시간
ui-fact-trend = 추세
ui-fact-drains-in = 랙 해소까지
ui-fact-unknown-lag = 랙 미상
ui-coordinator = 코디네이터: { $coordinator }
ui-reported-total-lag = 도구가 보고한 전체 랙(여기 나오지 않은 파티션 포함): { $lag }
ui-unknown-lag-note = 랙을 알 수 없는 파티션(합계와 차트에서 제외): { $count }
ui-burrow-needs-times = 여러 시점의 덤프가 필요합니다

# 판정(Burrow 자체의 상태 이름은 Burrow 표기 그대로).
ui-verdict-warning = 경고
ui-verdict-error = 오류
ui-verdict-stopped = 중단
ui-verdict-stalled = 정체
ui-verdict-rewind = 되감김
ui-verdict-no-members = 멤버 없음
ui-verdict-leave-storm = 멤버 반복 이탈
ui-verdict-rebalancing = 리밸런싱 중
ui-verdict-unknown = 알 수 없음
ui-reason-burrow = 윈도우 동안 커밋된 오프셋을 Burrow 방식으로 평가한 결과입니다.
ui-reason-no-members = 그룹에 활성 멤버가 없습니다. 아무도 처리하지 않으므로 컨슈머가 다시 참여할 때까지 랙은 늘어나기만 합니다.
ui-reason-no-members-state = 그룹에 활성 멤버가 없습니다({ $state }). 아무도 처리하지 않으므로 컨슈머가 다시 참여할 때까지 랙은 늘어나기만 합니다.
ui-reason-leave-storm = 멤버가 그룹을 반복해서 떠나고 있어, 리밸런싱 때마다 처리가 멈추고 같은 레코드가 두 번 처리됩니다({ $rule }).
ui-reason-burrow-blind = Burrow는 { $status } 판정을 내리지만, 이전에 이루어진 커밋만 보기 때문에 처리할 멤버가 하나도 남지 않았다는 사실은 알지 못합니다.
ui-reason-rebalancing = 최신 덤프에서 그룹이 리밸런싱 중이었습니다({ $state }). eager 프로토콜이라면 리밸런싱이 끝날 때까지 아무도 처리하지 않습니다.
ui-reason-critical = Burrow 판정은 OK지만, 이 그룹에는 그와 어긋나는 심각 수준의 발견 사항이 있습니다: { $rule }.
ui-reason-needs-times = 스냅샷이 하나뿐입니다. 판정, 처리 속도, 추세에는 여러 시점의 덤프가 필요합니다(덤프 사이에 date 줄).
ui-drain-not-draining = 줄지 않음
ui-drain-never = 해소 불가: 처리하는 멤버 없음
ui-drain-no-lag = 랙 없음
ui-rollups-none = 입력에 호스트나 멤버 정보가 없습니다(랙 CSV나 메트릭 내보내기에는 들어 있지 않습니다).
ui-per-host = 호스트별
ui-per-member = 멤버별
ui-no-owner = (소유자 없음)
ui-none = 없음
ui-list-more = { $list }, … (+{ $more })

# 표의 열과 도구.
ui-col-host = 호스트
ui-col-member = 멤버
ui-col-topic = 토픽
ui-col-partition = 파티션
ui-col-partitions = 파티션
ui-col-current-offset = 현재 오프셋
ui-col-log-end-offset = 로그 끝 오프셋
ui-col-lag = 랙
ui-col-consumer-id = 컨슈머 ID
ui-col-client-id = 클라이언트 ID
ui-col-share = 비중
ui-col-consumed = 처리 속도
ui-col-assignment = 할당
ui-col-processed = 처리 건수
ui-col-first-interval = 첫 구간
ui-col-last-interval = 마지막 구간
ui-col-peak = 최대
ui-col-mean = 평균
ui-partitions-caption = 파티션
ui-filter-placeholder = 필터…
ui-filter-label = { $caption } 필터
ui-showing-first = 전체 { $total }행 중 처음 { $shown }행만 표시합니다.

# 호스트 × 시간 표.
ui-host-table-title = 호스트 × 시간 표
ui-processed-per-host = 호스트별 처리 건수

# 차트.
ui-download-png = PNG 내려받기
ui-hosts = 호스트
ui-lag-per-partition = 파티션별 랙(호스트별 색상)
ui-chart-lag-over-time = 시간에 따른 파티션별 랙
ui-chart-members-over-time = 시간에 따른 그룹 멤버 수(0으로 떨어지면 모두 이탈한 것)
ui-chart-consumed-per-host = 시간에 따른 호스트별 처리 속도(건/초)
ui-chart-host-counts = 호스트별 처리 건수(구간별)
ui-chart-heatmap = 랙 히트맵: 파티션 × 시간
ui-chart-assignment = 할당: 멤버와 파티션
ui-chart-empty-one-snapshot-lag = 스냅샷이 하나뿐입니다. 시간에 따른 랙을 보려면 여러 시점의 덤프(덤프 사이에 date 줄)나 랙 CSV, 메트릭 내보내기가 필요합니다.
ui-chart-empty-no-partitions = 입력에 이 그룹의 시간별 파티션 오프셋이 없습니다(멤버 목록이나 그룹 합계뿐입니다).
ui-chart-empty-one-snapshot-members = 스냅샷이 하나뿐입니다. 시간에 따른 멤버 수를 보려면 여러 시점의 덤프가 필요합니다.
ui-chart-empty-no-members = 입력에 시간별 멤버 정보가 없습니다(랙 CSV나 메트릭 내보내기에는 멤버가 없습니다).
ui-chart-empty-one-snapshot-consumed = 스냅샷이 하나뿐입니다. 호스트별 처리 속도를 보려면 여러 시점의 덤프가 필요합니다.
ui-chart-empty-no-hosts = 입력에 시간별 호스트 정보가 없습니다(랙 CSV나 메트릭 내보내기에는 호스트가 없습니다).
ui-chart-empty-no-counts = 표에 건수가 없습니다.
ui-chart-empty-no-assignment = 최신 덤프에서 파티션을 가진 멤버가 없습니다(또는 입력에 멤버 정보가 없습니다).
ui-heatmap-scale = { $min } … { $max } (로그 척도)
ui-axis-time = 시각: { $zone }
ui-log-timeline-title = 로그로 본 그룹 타임라인
ui-log-timeline-group = { $group }: 멤버 { $members }명, { $protocol ->
    [consumer] 에포크
   *[other] 제너레이션
} { $generations }개, 리밸런싱 { $rebalances }회
ui-log-coordinator = 그룹 코디네이터
ui-log-lane-skew = 이 호스트의 시계가 다른 호스트와 { $offset } 어긋남(clock-skew 발견 사항 참고)
ui-log-mark = { $time } · { $what }
ui-log-generation = { $protocol ->
    [consumer] 에포크
   *[other] 제너레이션
} { $generation }, { $start }부터
ui-log-generation-short = { $protocol ->
    [consumer] 에포크
   *[other] 제너레이션
} { $generation }
ui-log-rebalance-span = { $protocol ->
    [consumer] 에포크
   *[other] 제너레이션
} { $generation }(으)로 리밸런싱: { $duration }
ui-log-marks-shown = 이벤트 { $total }개 중 처음 { $shown }개만 표시합니다.
ui-log-legend-join = 참여
ui-log-legend-assignment = 파티션 할당
ui-log-legend-revocation = 파티션 반납·유실
ui-log-legend-leave = 그룹 탈퇴
ui-log-legend-failure = poll 타임아웃, 하트비트·커밋 실패
ui-log-legend-removal = 코디네이터가 제거
ui-log-legend-rebalance = 코디네이터: 리밸런싱 시작·안정화
ui-log-legend-rebalance-span = 리밸런싱 진행 중
ui-chart-rebalances-from-logs = 리밸런싱 { $count }회 (로그 기준)
ui-chart-leaves-from-logs = 멤버 탈퇴 { $count }회 (로그 기준)
ui-zone-stated = { $name } ({ $offset })
ui-zone-bare = { $zone }
ui-zone-assumed-utc = UTC(입력에 시간대 표시 없음)
ui-zone-as-printed = 표에 적힌 그대로(시간대 표시 없음)
ui-zone-hours-only = 표에 적힌 시각 그대로(날짜와 시간대 표시 없음)

# 실습.
pg-title = 실습: 컨슈머 그룹 시뮬레이션
pg-hint = 사례로 모은 장애와 가정 상황을 재현해 봅니다. 같은 시나리오와 시드는 여기서도 `lagscope simulate`에서도 항상 같은 결과를 냅니다. 설정을 바꿔 다시 실행하면 배포 전에 해결책을 시험해 볼 수 있습니다.
pg-scenario = 시나리오
pg-seed = 시드
pg-commit-auto = 자동 커밋
pg-commit-sync-per-batch = 배치마다 commitSync
pg-commit-sync-per-record = 레코드마다 commitSync
pg-commit-async-per-batch = 배치마다 commitAsync
pg-from-dump = 분석 화면의 그룹에서 시작
pg-no-group-in-analyze = 분석 화면에 파티션이 있는 그룹이 없습니다(--describe의 오프셋 보기가 필요합니다).
pg-whole-scenario = 전체 시나리오(JSON, 스키마는 docs/simulator.md 참고)
pg-run = 실행
pg-simulating = 시뮬레이션 중…
pg-cancelled = 실행을 취소했습니다. 시나리오를 바꾸거나 다시 실행하세요.
pg-results-title = { $scenario } · 시드 { $seed }
pg-analyze-dumps = 이 덤프 분석하기
pg-dumps = 덤프
pg-rebalances = 리밸런싱
pg-members-left = 이탈한 멤버
pg-processed-twice = 중복 처리
pg-failed-commits = 커밋 실패
pg-lag-start-max-end = 전체 랙: 처음 → 최대 → 끝
pg-unowned-time = 컨슈머 없이 보낸 파티션 시간
pg-chart-label = 시간에 따른 전체 랙과 멤버 수
pg-chart-lag = 전체 랙(건)
pg-chart-members = 그룹 멤버 수
pg-chart-minutes = 경과 시간(분)
pg-every-group = 이 토픽을 읽는 모든 그룹
pg-levers-need-json = 아래 시나리오가 다시 올바른 JSON이 되면 컨트롤이 돌아옵니다.
pg-linked-scenario = (링크로 연 시나리오)
pg-share-run = 이 실행의 링크 복사
pg-link-copied = 주소창이 이 실행의 링크가 되었고 복사했습니다. 시나리오, 직접 한 조작, 시드가 모두 들어 있습니다.
pg-pin = 비교용으로 이 실행 고정
pg-unpin = 비교 그만하기
pg-compare-note = 나란히 보기: 위는 지금 실행, 아래는 고정해 둔 실행이며 시간축이 같습니다.
pg-this-run = 지금 실행
pg-pinned-run = 고정한 실행
pg-col-group = 그룹
pg-col-lag-start-end = 랙: 처음 → 끝
pg-hosts = 호스트
pg-col-host = 호스트
pg-col-address = 주소
pg-col-processed = 처리 건수
pg-col-share = 비중
pg-event-log = 이벤트 기록
pg-show = 보기
pg-filter-key = 주요 이벤트
pg-filter-leaves = 참여와 이탈
pg-filter-all = 전체
pg-col-time = 시각
pg-col-event = 이벤트
pg-col-what = 내용
pg-more-events = 이벤트 { $total }개 중 { $shown }개를 표시합니다(JSON 내려받기에는 전부 들어 있습니다).
# 시뮬레이터의 이벤트 종류.
pg-event-started = 시작
pg-event-joined = 참여
pg-event-left = 이탈
pg-event-crashed = 비정상 종료
pg-event-stopped = 종료
pg-event-rebalance-started = 리밸런싱 시작
pg-event-rebalance-completed = 리밸런싱 완료
pg-event-epoch-bumped = 그룹 에포크 증가
pg-event-assigned = 할당
pg-event-revoked = 회수
pg-event-commit-failed = 커밋 실패
pg-event-poll-timed-out = poll 타임아웃
pg-event-metadata-refreshed = 메타데이터 갱신
pg-event-partitions-added = 파티션 추가
pg-event-stalled = 외부 호출 멈춤
pg-event-deploy = 배포

# The Assignment view before a dump is loaded (the page shows it; the what-if module too).
ui-whatif-title = 할당
ui-whatif-empty = 먼저 분석 화면에서 덤프를 불러오세요. 가정 분석은 그 덤프의 그룹에서 시작합니다.

# 레버: Playground와 레슨이 컨트롤로 보여 주는 설정 (sim::levers).
lever-partitions = 파티션 수
lever-instances = 인스턴스 수
lever-concurrency = 인스턴스당 스레드 수 (concurrency)
lever-produce-rate = 초당 생산 레코드 수
lever-record-ms = 레코드 하나 처리 시간 (ms)
lever-max-poll-records = max.poll.records
lever-max-poll-interval-ms = max.poll.interval.ms
lever-session-timeout-ms = session.timeout.ms
lever-auto-commit-interval-ms = auto.commit.interval.ms
lever-commit-mode = 커밋 방식
lever-assignor = 어사이너 (assignor)
lever-static-membership = 정적 멤버십 (group.instance.id)
lever-call-timeout-ms = 외부 호출 타임아웃 (ms, 0 = 없음)
lever-hot-key-share = 핫 키를 가진 레코드 비율
lever-deploy = 배포 방식
lever-deploy-rolling = 롤링 (인스턴스 하나씩)
lever-deploy-blue-green = 블루-그린 (새 세트를 띄운 뒤 전환)
lever-error-number = { $lever }: { $min }부터 { $max } 사이의 숫자여야 합니다
lever-error-choice = { $lever }: { $choices } 중 하나여야 합니다
lever-error-toggle = { $lever }: 켜기나 끄기 중 하나여야 합니다
lever-error-missing = { $lever }: 이 시나리오에는 이 설정이 바꿀 대상이 없습니다

# 직접 조작: 지금 이 시점에 실행 중인 그룹에 할 수 있는 일 (sim::manipulate).
act-title = 이 시점에
act-host = 인스턴스
act-crash = 크래시
act-stop = 정상 종료
act-start = 시작
act-slow = 처리 5배 느리게
act-stall = 외부 호출 2분 멈춤
act-burst = 메시지 폭주 발행
act-add-instance = 인스턴스 추가
act-done = { $at } 시점에 { $action }: 여기서부터 다시 시뮬레이션합니다.
act-undo = 내 조작 되돌리기

# 실행 다시 보기: 파티션 레인, 재생, 일시 정지, 한 단계씩, 특정 시점의 그룹.
replay-title = 파티션별로 본 실행 과정
replay-play = 재생
replay-pause = 일시 정지
replay-back = 이전 이벤트
replay-next = 다음 이벤트
replay-speed = 속도
replay-time = 시점
replay-at = 시작 후 { $at }
replay-state = { $state }, 제너레이션 { $generation }, 멤버 { $members }개
replay-lanes-label = 파티션마다 레인 하나. 가져가는 멤버의 색으로 칠하고, 아무도 가져가지 않는 동안은 어둡게 표시합니다.
replay-nobody = 가져가는 멤버 없음
replay-offsets = 로그 끝 { $end } · 커밋 { $committed } · 랙 { $lag }
replay-col-partition = 파티션
replay-col-owner = 가져가는 멤버
replay-lag-seconds = 시간으로 본 랙 (초)
replay-keys = 스페이스 키로 재생·일시 정지, ←/→ 키로 이벤트 단위 이동
replay-recent = 방금 일어난 일
replay-nothing-yet = 아직 아무 일도 없습니다.
replay-member = { $host }의 { $member }
replay-watch = 여기를 보세요
replay-go-to = 이 시점으로 이동
replay-baseline = 레슨의 처음 설정
replay-yours = 내가 바꾼 설정
replay-compare = 나란히 보기: 레슨의 실행과 내 실행을 같은 시간축에 놓았습니다.

# Learn 화면 (learn::).
ui-tab-learn = 배우기
learn-title = 컨슈머 그룹 배우기
learn-intro = 컨슈머 그룹이 실제로 어떻게 움직이는지 다루는 짧은 레슨 15개입니다. 레슨마다 Kafka의 실제 어사이너와 프로토콜로 돌아가는 시뮬레이션이 들어 있습니다. 설정을 바꿔 보고, 무슨 일이 생기는지 본 다음, 과제를 풀어 보세요.
ui-loading-learn = 레슨을 불러오는 중…
learn-lesson-n = 레슨 { $n } / { $total }
learn-previous = ← 이전
learn-next = 다음 →
learn-contents = 전체 레슨
learn-glossary = 용어집
learn-glossary-intro = 레슨에 나오는 용어를 모두 모았습니다.
learn-terms = 이 레슨의 용어
learn-try = 직접 해 보기
learn-check = 확인
learn-hint = 힌트
learn-show-answer = 정답 보기
learn-passed = 성공: { $why }
learn-not-yet = 아직입니다: { $why }
learn-settings = 설정
learn-run = 다시 실행
learn-running = 시뮬레이션 중…
learn-open-playground = 이 시나리오를 실습 화면에서 열기
learn-open-analyze = 이 실행의 덤프를 분석하기
learn-related = 관련 진단 규칙
learn-pick-host = 랙을 쥐고 있는 호스트
learn-pick-none = (선택)
learn-alert-unit = 알림 기준
learn-alert-records = 레코드 수로 본 랙
learn-alert-seconds = 시간으로 본 랙 (초)
learn-alert-threshold = 임계값
learn-alert-chart = 실행 동안의 랙: 레코드 수와 시간(초)
learn-error-no-run = 이 레슨에는 시뮬레이션이 없습니다
learn-error-lever = { $lever }라는 설정은 없습니다
learn-error-topic = { $topic }: orders:6처럼 토픽 이름과 파티션 수를 적어야 합니다 (파티션 1~10,000개)
learn-error-members = { $members }: 컨슈머 수는 1에서 100 사이여야 합니다
learn-error-window-line = { $line }번째 줄: 커밋 오프셋과 랙, 숫자 두 개가 있어야 합니다
learn-error-window-size = 윈도는 한 줄에 커밋 하나씩, 1개에서 100개까지여야 합니다
learn-assign-topics = 토픽 (이름:파티션 수, 공백으로 구분)
learn-assign-members = 컨슈머 수
learn-assign-assignor = 어사이너
learn-assign-member = 컨슈머
learn-assign-gets = 파티션
learn-burrow-shape = 예시 모양에서 시작
learn-burrow-rows = 윈도: 한 줄에 커밋 하나, 커밋 오프셋과 랙 순서, 오래된 것부터
learn-burrow-chart = 윈도 안 커밋마다의 랙, 왼쪽이 가장 오래된 커밋
learn-burrow-since = 마지막 커밋 이후 지난 시간 (분)
learn-burrow-status = Burrow 판정: { $status }
learn-burrow-rule = 판정을 가른 규칙: { $rule }
learn-keys-key = 키
learn-keys-partitions = 파티션 수
learn-keys-after = 파티션을 늘린 뒤
learn-keys-result = { $key }는 파티션 { $partitions }개 중 { $partition }번으로 갑니다.
learn-keys-moved = 파티션이 { $after }개가 되면 { $moved }번으로 갑니다. 이 키의 새 레코드는 다른 파티션에 쌓이고, 예전 레코드는 { $partition }번에서 처리를 기다립니다.
learn-keys-stays = 파티션이 { $after }개가 되어도 { $partition }번에 그대로 남습니다.
learn-shape-steady = 안정
learn-shape-behind = 뒤처지는 중
learn-shape-falling = 따라잡는 중
learn-shape-stalled = 멈춤 (STALL)
learn-shape-stopped = 커밋 중단 (STOP)
learn-shape-rewind = 되감김 (REWIND)

# 과제 확인 (learn::checks): 판정 근거와 숫자.
check-one-thread = 파티션 { $partitions }개에 멤버 { $members }개, 놀고 있는 멤버 { $idle }개
check-idle = 멤버 { $members }개 중 { $idle }개가 파티션을 하나도 갖지 못했습니다
check-max-lag = { $from } 이후 랙이 { $highest }건까지 올라갔습니다 (과제 기준 { $limit }건 이하)
check-final-lag = 끝났을 때 랙이 { $lag }건입니다 (과제 기준 { $limit }건 이하)
check-poll-timeouts = poll 타임아웃으로 그룹을 떠난 멤버 { $left }개, 실패한 커밋 { $failed }건
check-duplicates = 두 번 처리된 레코드가 { $duplicates }건입니다 (과제 기준 { $limit }건 이하)
check-paused = { $from } 이후 파티션 { $partitions }개 중 { $stopped }개가 멈췄고, 멈춘 시간은 합계 { $seconds }입니다 (과제 기준 { $limit }개 이하)
check-rebalances = { $from }부터 { $to }까지 리밸런스 { $rebalances }번 (과제 기준 { $limit }번 이하)
check-join-rounds = { $rounds ->
    [0] JoinGroup 라운드가 없었습니다. 그룹 전체가 멈춘 적이 없습니다
   *[other] JoinGroup 라운드 { $rounds }번이 그룹 전체를 멈춰 세웠습니다
}
check-bottleneck = 끝났을 때 { $host }가 랙의 { $share }를 쥐고 있습니다 ({ $lag }건)
check-no-lag = 끝났을 때 랙을 가진 호스트가 없습니다
check-balanced = 가장 많이 받은 컨슈머가 파티션 { $most }개, 가장 적게 받은 컨슈머가 { $least }개입니다
check-burrow = 현재 랙 { $lag }건에서 Burrow 판정은 { $status }입니다 (과제: 랙 { $limit }건 이상에서 OK)
check-alert-threshold = 임계값은 0 이상의 숫자여야 합니다
check-alert-right = 멈춤 구간에서는 울리고 ({ $stall } > { $threshold }) 폭주 구간에서는 조용합니다 ({ $burst })
check-alert-noisy = 폭주 때도 울립니다 ({ $burst } > { $threshold }). 저절로 빠질 백로그 때문에 새벽에 호출받게 됩니다
check-alert-silent = 한 번도 울리지 않습니다. 멈춤 구간의 최고치가 { $stall }로 { $threshold }보다 낮습니다
check-wrong-attempt = 이 과제는 다른 것으로 확인합니다

# 배우기 코스, 레슨 1–8 (learn::LESSONS): 본문, 콜아웃, 과제.
# lagscope Learn 과정, 1–8강 (한국어)

# 1. partitions-and-groups
learn-partitions-and-groups-title = 파티션과 컨슈머 그룹
learn-partitions-and-groups-summary = 컨슈머 그룹이 토픽의 파티션을 멤버들에게 어떻게 나누는지, 남는 컨슈머는 왜 놀게 되는지 알아봅니다.
learn-partitions-and-groups-p1 = Kafka 토픽(topic)은 여러 파티션(partition)으로 나뉘고, 파티션 하나하나가 순서가 있는 독립된 로그입니다. 이번 실행의 orders 토픽은 파티션이 6개이고, 초당 60건이 여섯 파티션에 나뉘어 들어옵니다. 아래 레인 하나가 파티션 하나입니다. 레인은 그 파티션을 가져가는 컨슈머의 색으로 칠해지고, 아무도 가져가지 않으면 어둡게 표시됩니다.
learn-partitions-and-groups-p2 = 같은 group.id를 쓰는 컨슈머들은 하나의 컨슈머 그룹(consumer group)이 되고, 그룹은 파티션을 멤버(member)들에게 나눠 줍니다. 그룹 안에서 한 파티션은 최대 한 컨슈머에게만 할당되고, 한 컨슈머는 여러 파티션을 가질 수 있습니다. 여기서는 app-1과 app-2가 컨슈머 스레드를 하나씩 띄우므로, RangeAssignor가 한쪽에 0~2번, 다른 쪽에 3~5번 파티션을 줍니다. 파티션이 6개인데 일곱 번째 컨슈머를 띄우면 받을 파티션이 없어서, 스레드만 차지한 채 유휴(idle) 상태로 남습니다.
learn-partitions-and-groups-p3 = Spring Kafka에서는 컨슈머가 곧 스레드입니다. 인스턴스마다 concurrency 값만큼 KafkaConsumer가 뜨므로, 그룹의 컨슈머 수는 인스턴스 수 × concurrency입니다. 실제로 서버 4대에 concurrency 5로 띄운 팀은 한 그룹에 컨슈머 스레드 20개를 두고, 파티션 20개짜리 토픽 5개(파티션 100개)를 스레드당 5개씩 나눠 읽었습니다. 스케일 아웃(scale out)은 나눠 줄 파티션이 남아 있는 동안에만 병렬성을 늘려 줍니다.
learn-partitions-and-groups-p4 = 컨슈머 그룹끼리는 서로 독립적입니다. group.id가 다른 두 번째 그룹은 같은 토픽의 레코드를 모두 따로 읽고 오프셋도 따로 관리합니다. 그래서 Kafka는 그룹 안에서는 큐처럼, 그룹 사이에서는 발행-구독(pub/sub)처럼 동작합니다. 엘라스틱서치 적재 그룹과 하둡 적재 그룹이 같은 토픽을 따로 읽으면, 한쪽 저장소에 장애가 나도 다른 쪽 적재는 멈추지 않습니다.
learn-partitions-and-groups-watch-1 = { $at }에 첫 리밸런스가 끝났습니다. 제너레이션 { $generation }에서 그룹 멤버 { $members }개가 파티션을 나눠 가졌고, 레인마다 그 파티션을 맡은 컨슈머의 색이 칠해집니다.
learn-partitions-and-groups-watch-2 = { $at }, 그룹 멤버 { $members }개 중 파티션을 하나도 갖지 못한 멤버가 있습니다. 첫 리밸런스가 파티션을 나눠 주기 전에는 모든 멤버가 이렇게 기다립니다. 리밸런스가 끝난 뒤에도 파티션이 없다면 그룹 멤버가 토픽의 파티션보다 많아서 노는 것입니다. 레인의 색을 세어 보면 노는 컨슈머의 색은 어디에도 없습니다.
learn-partitions-and-groups-task = 인스턴스 수와 인스턴스당 스레드 수를 바꿔서, 파티션 6개마다 전담 컨슈머 스레드가 하나씩 있고 노는 스레드는 없게 만들어 보세요.
learn-partitions-and-groups-hint = 그룹이 세는 방식대로 컨슈머 수를 세어 보세요. 인스턴스 하나가 인스턴스당 스레드 수만큼 컨슈머를 보탭니다. 그 수를 파티션 수와 비교해 보세요.
learn-partitions-and-groups-answer = 인스턴스 수 3, 인스턴스당 스레드 수 2로 설정합니다(6 × 1, 2 × 3도 됩니다). 3 × 2 = 6개 스레드가 파티션 6개를 하나씩 맡습니다. 4 × 2 = 8로 늘리면 여유가 생길 것 같지만, 그중 2개 스레드는 파티션을 받지 못하고 놉니다.

# 2. offsets-and-lag
learn-offsets-and-lag-title = 오프셋과 랙
learn-offsets-and-lag-summary = 커밋된 오프셋과 로그 끝 오프셋이 무엇인지, 잘 따라가는 컨슈머에도 왜 랙이 보이는지 알아봅니다.
learn-offsets-and-lag-p1 = 파티션의 레코드마다 로그 안의 위치인 오프셋(offset)이 0, 1, 2 … 순서로 붙습니다. 로그 끝 오프셋(log-end offset, LEO)은 다음에 들어올 레코드가 받을 오프셋이라, 쓰기가 일어날 때마다 커집니다. 여기서는 초당 300건이 파티션 3개로 들어가므로 파티션마다 LEO가 초당 약 100씩 늘어납니다.
learn-offsets-and-lag-p2 = 컨슈머는 파티션마다 위치를 두 개 가집니다. 포지션(position)은 메모리에만 있는 값으로, 다음 poll()이 돌려줄 레코드의 오프셋이라 poll()을 부를 때마다 앞으로 갑니다. 커밋된 오프셋(committed offset)은 그룹이 내부 토픽 __consumer_offsets에 저장한 값이고, 컨슈머가 커밋(commit)할 때만 움직입니다. 재시작이나 리밸런스(rebalance) 뒤에는 포지션이 아니라 커밋된 오프셋부터 다시 읽습니다.
learn-offsets-and-lag-p3 = 랙(lag)은 파티션별로 LEO에서 커밋된 오프셋을 뺀 값이고, kafka-consumer-groups.sh --describe의 LAG 컬럼이 바로 이 값입니다(CURRENT-OFFSET이 커밋된 오프셋). 이 컨슈머는 레코드당 1 ms라 여유 있게 따라가지만, 5,000 ms마다 자동 커밋(auto-commit)하기 때문에 커밋 직전까지 랙이 약 1,500건(초당 300건 × 5초)으로 올랐다가 커밋 직후 떨어집니다. 랙 그래프의 톱니 모양은 대부분 남은 일이 아니라, 이미 처리했지만 아직 커밋하지 않은 레코드입니다.
learn-offsets-and-lag-p4 = 레코드 수로 본 랙은 유입 속도를 모르면 큰 의미가 없습니다. 시간 랙(time lag)은 커밋된 오프셋 위치의 레코드가 얼마나 전에 쓰였는지를 봅니다. 같은 1,000건이라도 초당 10,000건이 들어오는 토픽에서는 0.1초, 초당 0.3건인 토픽에서는 거의 1시간입니다. 두 값을 함께 보되, 커밋 간격만큼 생기는 랙은 평소에도 깔려 있는 값으로 보세요.
learn-offsets-and-lag-watch-1 = { $at } 시점에 표에서 파티션 하나의 숫자를 읽어 보세요. 로그 끝 오프셋(다음 레코드가 쓰일 위치), 커밋된 오프셋(그룹이 다시 시작할 위치), 그리고 둘의 차이인 랙입니다. 컨슈머는 이미 커밋된 오프셋보다 한참 앞까지 읽었지만, 커밋된 오프셋은 커밋해야만 움직입니다.
learn-offsets-and-lag-watch-2 = { $at }에 랙이 { $lag }건으로 정점을 찍고 곧 떨어집니다. 방금 커밋이 컨슈머의 포지션을 저장했기 때문입니다. 다음 커밋까지 랙은 생산 속도 × 커밋 간격만큼 다시 차오릅니다.
learn-offsets-and-lag-task = 커밋 설정을 바꿔서 20초 이후 전체 랙이 500건 이하로 유지되게 만들어 보세요.
learn-offsets-and-lag-hint = 컨슈머는 느리지 않습니다. 커밋과 커밋 사이에 레코드가 몇 건 쌓이는지 계산해 보고, 그 간격을 줄여 보세요.
learn-offsets-and-lag-answer = auto.commit.interval.ms를 1000으로 설정합니다. 커밋 사이에 약 300건(초당 300건 × 1초)만 쌓이므로 랙이 300건 안팎에 머뭅니다. 커밋 방식을 commitSync per batch(배치마다 commitSync)로 바꿔도 통과하고, 간격을 10000으로 늘리면 약 3,000건으로 오히려 나빠집니다.

# 3. where-lag-comes-from
learn-where-lag-comes-from-title = 랙은 어디서 생기나
learn-where-lag-comes-from-summary = 레코드가 처리 속도보다 빨리 들어오면 랙이 쌓이고, 어디까지 확장할 수 있는지는 파티션 수가 정합니다.
learn-where-lag-comes-from-p1 = 프로듀서가 쓰는 속도가 컨슈머 그룹(consumer group)이 처리하는 속도보다 빠르면 랙(lag)은 계속 늘어납니다. 여기서는 초당 1,000건이 파티션(partition) 4개로 들어오고, 인스턴스 하나가 스레드 4개로 레코드를 건당 5 ms에 처리합니다. 스레드 하나가 초당 최대 200건이니 그룹 전체는 초당 800건을 처리하고, 매초 약 200건씩 뒤처집니다.
learn-where-lag-comes-from-p2 = 그룹의 처리량(throughput)은 실제로 파티션을 가진 컨슈머 수 × 컨슈머 하나의 초당 처리량입니다. 노는 컨슈머는 아무것도 보태지 않습니다. 한 파티션은 그룹 안에서 한 컨슈머만 읽으므로, 파티션이 4개면 스레드를 몇 개 띄우든 일하는 컨슈머는 최대 4개입니다.
learn-where-lag-comes-from-p3 = 그래서 쓸 수 있는 수단은 두 가지입니다. 하나는 병렬성을 올리는 것으로, 파티션을 늘리고 컨슈머 수를 파티션 수에 맞춥니다(6 × 200 = 초당 1,200건으로 생산량 1,000건을 넘습니다). 다른 하나는 레코드 하나 처리 시간을 줄이는 것으로, 3 ms면 스레드 하나가 초당 약 333건을 처리해 스레드 4개로도 따라잡습니다. 운영에서는 보통 다운스트림 쓰기를 묶어 보내거나, 레코드마다 타는 느린 호출을 처리 경로에서 빼는 작업이 여기에 해당합니다.
learn-where-lag-comes-from-p4 = 실제 토픽의 파티션 증설은 쉽지만 되돌릴 수 없습니다. 파티션 수는 늘릴 수만 있고 줄일 수는 없으며, 키가 있는 레코드는 증설 뒤 다른 파티션으로 갈 수 있어서 증설 시점을 사이에 두고 키별 순서가 보장되지 않습니다. 컨슈머를 더 붙이기 전에 생산 속도와 소비 속도부터 비교하고, 파티션 수는 예상 처리량에 여유를 두고 정하는 편이 좋습니다.
learn-where-lag-comes-from-watch-1 = { $at } 현재 랙은 { $lag }건입니다. 랙은 매초 생산량과 그룹의 소비량 차이만큼 변하고, 원래 설정에서는 1,000건이 들어오고 800건이 나갑니다. 레인이 모두 일하고 있으니 노는 컨슈머 탓이 아니라 그룹 전체가 느린 것입니다.
learn-where-lag-comes-from-watch-2 = { $at }, 그룹 멤버 { $members }개 중 파티션을 하나도 갖지 못한 멤버가 있습니다. 첫 리밸런스 전에는 모든 멤버가 이렇게 기다리지만, 리밸런스 뒤에도 파티션이 없는 스레드는 처리량에 아무것도 보태지 못합니다. 스레드만 늘려서는 랙이 느는 속도가 달라지지 않습니다.
learn-where-lag-comes-from-task = 설정을 바꿔서 실행이 끝날 때 랙이 10,000건 이하이고 노는 컨슈머 스레드가 없게 만들어 보세요.
learn-where-lag-comes-from-hint = 스레드를 늘리는 것은 새 스레드가 자기 파티션을 받을 때만 효과가 있습니다. 여기서 일하는 스레드 수를 제한하는 것은 무엇일까요?
learn-where-lag-comes-from-answer = 파티션 수를 6, 인스턴스당 스레드 수를 6으로 설정합니다. 일하는 스레드 6개 × 초당 200건 = 초당 1,200건으로 생산량 1,000건보다 많아 랙이 줄어듭니다. 파티션 4개에 스레드만 8로 늘리면 4개가 놀고 랙은 66,624건 그대로이며, 스레드 4개에 레코드 하나 처리 시간을 3 ms로 줄여도 통과합니다.

# 4. one-slow-server
learn-one-slow-server-title = 느린 서버 한 대
learn-one-slow-server-summary = 실제 장애 사례: 120만 건, 서버 4대, 그리고 나중 시간대 수치만 보고 멀쩡한 서버를 의심했던 이유를 살펴봅니다.
learn-one-slow-server-p1 = 이 실행은 실제 장애를 재현합니다. 18시 무렵 1,200,000건이 파티션(partition) 20개짜리 토픽 5개에 들어왔고, A~D 서버 4대가 각각 리스너 하나를 concurrency 5로 띄워 한 컨슈머 그룹(consumer group)으로 소비했습니다. 컨슈머 스레드 20개가 스레드당 파티션 5개를 맡고, 배치마다 커밋(commit)했습니다. 그런데 A 서버는 무언가에 막혀 스레드를 다 합쳐도 초당 10건, 시간당 36,000건밖에 처리하지 못했습니다.
learn-one-slow-server-p2 = 처음에는 19시 이후의 서버별 처리량(throughput)만 보고 B, C, D를 의심했습니다. 20시부터 이들은 시간당 200건 이하만 처리했고, A는 꾸준히 36,000건을 처리했으니까요. 그런데 18시 구간까지 넣고 보면 그림이 뒤집힙니다. B, C, D는 18시 한 시간 동안 각각 약 231,000건을 처리했고, 다음 시간 초반에 자기 파티션을 다 비웠습니다. 그 뒤로는 읽을 것이 없어서 한가해 보였을 뿐입니다. A는 자기 몫의 백로그를 고정된 속도로 밤새 처리하고 있었습니다.
learn-one-slow-server-p3 = 단서는 A의 로그에만 있던 CommitFailedException이었습니다. A의 속도로는 스레드 하나가 초당 2건을 처리하므로 500건짜리 배치 하나에 250초 안팎이 걸리고, 때로는 max.poll.interval.ms(300,000 ms)를 넘깁니다. 그러면 그 컨슈머는 그룹을 떠나고, 배치를 끝낸 뒤의 커밋은 이미 현재 제너레이션(generation)의 멤버가 아니어서 실패합니다. 커밋하지 못한 레코드는 다시 읽힙니다.
learn-one-slow-server-p4 = 컨슈머를 더 붙였어도 소용없었을 것입니다. 토픽마다 파티션이 20개인데 그룹에는 이미 컨슈머가 20개 있어서 더 붙인 컨슈머는 놀았을 것이고, 어떤 어사이너(assignor)도 멤버의 처리 속도를 보지 않습니다. 고칠 곳은 A, 정확히는 A의 처리 속도를 묶어 둔 원인이었습니다. kafka-consumer-groups.sh --describe의 HOST 컬럼별로 랙(lag)을 합쳐 보기만 했어도 첫 한 시간 안에 A가 드러났을 것입니다.
learn-one-slow-server-watch-1 = { $at }, { $host } 호스트의 컨슈머 스레드 하나가 poll 타임아웃으로 그룹을 떠났습니다. 스레드 5개가 초당 10건을 나눠 처리하니 500건짜리 배치가 max.poll.interval.ms(300초)를 넘긴 것입니다. 이 스레드가 배치를 끝내고 커밋하면 CommitFailedException이 납니다. A의 로그에만 찍혔던 바로 그 예외입니다.
learn-one-slow-server-watch-2 = { $at }, { $host } 호스트를 뺀 나머지 호스트가 모두 자기 파티션을 비웠습니다. 이제 랙은 { $host } 호스트에만 남아 있습니다. 이 시점부터는 시간대별 처리량 표에서 멀쩡한 서버가 느려 보입니다. 읽을 것이 거의 남지 않았기 때문입니다.
learn-one-slow-server-task = 실행이 끝났을 때 랙을 들고 있는 호스트를 골라 보세요.
learn-one-slow-server-hint = 처리량이 낮은 이유는 컨슈머가 느려서일 수도, 파티션이 비어서일 수도 있습니다. 마지막 한 시간에 얼마나 읽었는지가 아니라, 호스트마다 아직 읽을 것이 얼마나 남았는지를 보세요.
learn-one-slow-server-answer = A입니다. A는 상한인 초당 10건, 곧 시간당 36,000건을 꾸준히 처리했고, B, C, D는 90분 안팎에 자기 몫을 다 비웠습니다. 실행이 끝날 때 랙의 100%(이 실행에서는 25,825건)가 A에 있고, B는 읽을 것이 없어서 느려 보였을 뿐입니다.

# 5. poll-loop
learn-poll-loop-title = poll 루프와 타임아웃
learn-poll-loop-summary = 타임아웃 없는 외부 호출 하나가 어떻게 그룹 전체를 떠나게 했는지, max.poll.interval.ms를 늘려도 왜 해결되지 않았는지 살펴봅니다.
learn-poll-loop-p1 = 모든 컨슈머는 같은 poll 루프(poll loop)를 돕니다. poll()이 최대 max.poll.records건을 돌려주면 애플리케이션이 처리하고, 커밋(commit)하고, 다시 poll()을 부릅니다. 여기서는 배치가 500건, 건당 약 20 ms라 루프 한 바퀴에 약 10초가 걸립니다. 그룹은 실제 장애가 났던 알림 서버 구성 그대로입니다. 파티션 24개, 인스턴스 4개 × concurrency 3 = 컨슈머 12개, 배치마다 commitSync를 합니다.
learn-poll-loop-p2 = KIP-62(Kafka 0.10.1) 이후 컨슈머의 생존 확인은 두 갈래입니다. 백그라운드 하트비트(heartbeat) 스레드가 heartbeat.interval.ms마다 하트비트를 보내고, 코디네이터(coordinator)는 session.timeout.ms 동안 하트비트가 오지 않은 멤버를 내보냅니다. 이와 별개로 애플리케이션이 max.poll.interval.ms(기본 300,000 ms) 안에 다음 poll()을 부르지 않으면, 하트비트가 멀쩡해도 클라이언트가 스스로 루프가 멈췄다고 판단해 "consumer poll timeout has expired"를 남기고 LeaveGroup을 보냅니다.
learn-poll-loop-p3 = 그래서 배치 하나는 언제나 max.poll.interval.ms 안에 넉넉히 끝나야 하고, 계산은 평균이 아니라 max.poll.records × 최악의 건당 처리 시간으로 해야 합니다. 이 실행에서는 약 1,400건에 1건꼴로 푸시 발송 전에 OAuth 토큰 호출을 하는데, 이 호출에 타임아웃이 없어서 인증 서버가 응답하지 않으면 1~2시간을 그대로 기다립니다. 컨슈머마다 몇 분 안에 이런 레코드를 만나 12개가 모두 멈추고, 각자 마지막 poll()에서 300초가 지나면 그룹을 떠납니다. 멈춘 스레드가 나중에 돌아와 commitSync를 부르면 CommitFailedException이 나고 그 배치는 새 주인이 다시 처리하니, 발송 누락과 중복 발송이 함께 생깁니다.
learn-poll-loop-p4 = 팀은 먼저 max.poll.interval.ms를 300,000에서 600,000으로 늘렸지만, 멤버들이 5분 대신 10분 뒤에 떠났을 뿐입니다. 1시간씩 멈추는 호출은 어떤 간격으로도 이길 수 없고, 간격을 길게 잡으면 정말 멈춘 컨슈머가 파티션을 더 오래 붙잡게 됩니다. max.poll.records를 줄여도 평소 배치가 짧아질 뿐, 멈춘 호출은 그대로입니다.
learn-poll-loop-p5 = 해결책은 느린 호출에 시간 제한을 거는 것입니다. HTTP 클라이언트에 max.poll.interval.ms보다 훨씬 짧은 연결·읽기 타임아웃을 주고, 실패한 레코드는 재시도하거나 DLT(dead letter topic)로 보냅니다. 원래 오래 걸리는 작업이라면 pause()로 파티션을 멈추고 레코드를 다른 스레드에 넘긴 뒤, 그동안에도 poll()을 계속 불러 그룹에 남아 있다가 resume()합니다. 그리고 그룹별 랙(lag)에 알림을 거세요. 이번 장애의 증상은 랙이 수천 건 쌓인 채 컨슈머가 할당되지 않은 파티션이었습니다.
learn-poll-loop-watch-1 = { $at }, { $host } 호스트의 컨슈머가 그룹을 떠났습니다. 레코드 하나의 외부 호출이 아직 응답을 기다리고 있어서 max.poll.interval.ms 동안 poll()을 부르지 못했습니다. 하트비트는 정상이었고, LeaveGroup은 클라이언트가 스스로 보냈습니다("consumer poll timeout has expired").
learn-poll-loop-watch-2 = { $at }, 멤버가 떠나면서 리밸런스(rebalance)가 시작됐습니다. 하지만 남은 멤버들도 같은 호출에 묶여 있어서 각자 다음 poll()을 부를 때까지 다시 참여하지 못합니다. 그동안 이 파티션들은 진척이 없고 랙만 쌓입니다.
learn-poll-loop-watch-3 = { $at }, 그룹이 비었습니다. 모든 컨슈머가 poll 타임아웃으로 떠나 아무도 소비하지 않고, 레인이 모두 어두워진 채 모든 파티션에서 랙이 늘어납니다. 팀이 처음 마주한 장면, 랙이 수천 건 쌓인 채 컨슈머가 할당되지 않은 파티션들이 바로 이것입니다.
learn-poll-loop-task = 설정 하나를 바꿔서 poll 타임아웃으로 떠나는 컨슈머도, 실패하는 커밋도 없게 만들어 보세요.
learn-poll-loop-hint = 멈춘 스레드는 1시간이 걸릴 수도 있는 호출을 기다리고 있습니다. Kafka가 스레드를 얼마나 기다려 주는지가 아니라, 스레드가 호출을 얼마나 기다리는지를 정하는 설정은 무엇일까요?
learn-poll-loop-answer = 외부 호출 타임아웃을 10000 ms로 설정합니다(max.poll.interval.ms보다 충분히 짧은 값이면 됩니다). 멈춘 호출이 10초 뒤 실패하니 배치가 끝나고, 컨슈머는 제때 poll()을 부릅니다. max.poll.interval.ms를 600,000으로 늘리면 떠나는 시점이 600초로 밀릴 뿐인데, 1시간짜리 멈춤은 어떤 간격으로도 이길 수 없기 때문입니다.

# 6. commits-and-duplicates
learn-commits-and-duplicates-title = 커밋과 중복 처리
learn-commits-and-duplicates-summary = 커밋 방식에 따라 장애 뒤 두 번 처리되는 레코드 수가 어떻게 달라지는지 알아봅니다.
learn-commits-and-duplicates-p1 = enable.auto.commit=true(기본값)이면 컨슈머가 auto.commit.interval.ms(기본 5,000 ms)마다 스스로 커밋(commit)합니다. 자동 커밋(auto-commit)은 poll() 안에서 일어나며, 직전 poll()이 돌려준 레코드까지의 위치를 저장합니다. 일반적인 루프라면 그때쯤 이미 처리가 끝난 레코드들입니다. 리밸런스(rebalance) 직전과 close() 때도 커밋하지만, 그 사이에는 마지막 커밋 이후 어디까지 처리했는지가 컨슈머 메모리에만 있습니다.
learn-commits-and-duplicates-p2 = 여기서는 A와 B가 파티션 4개를 나눠 초당 200건을 처리하고 5초마다 자동 커밋합니다. 60초에 A가 죽는데, 커밋도 LeaveGroup도 없습니다. 코디네이터(coordinator)는 A의 하트비트(heartbeat)가 session.timeout.ms(45초) 동안 끊긴 뒤에야 알아차리고, 그때까지 A의 파티션 2개는 아무도 읽지 않아 랙(lag)이 쌓입니다. 이후 B가 두 파티션을 넘겨받아 마지막 커밋된 오프셋(committed offset)부터 읽으므로, A가 마지막 커밋 이후 처리한 레코드 수백 건이 한 번 더 처리됩니다. 이것이 중복 처리(duplicate)입니다.
learn-commits-and-duplicates-p3 = 직접 커밋하면 이 구간을 좁힐 수 있습니다. enable.auto.commit=false로 두고 배치마다 commitSync()를 부르면 브로커가 확인할 때까지 기다립니다. commitAsync()는 기다리지 않는 대신 실패한 커밋을 재시도하지 않으므로, 뒤이은 커밋이 그 몫까지 기록해야 합니다. 레코드마다 commitSync를 하면 중복 구간이 한 건 정도로 줄지만, 레코드마다 브로커 왕복이 생겨 유입량이 많은 토픽에서는 처리량이 크게 떨어집니다.
learn-commits-and-duplicates-p4 = 어떤 방식을 고르든 Kafka 컨슈머의 전달 보장은 최소 한 번(at-least-once)입니다. 장애나 리밸런스 뒤에는 마지막 커밋 이후의 레코드가 다시 옵니다. 그래서 처리 로직을 멱등(idempotent)하게 만들어야 합니다. 이미 저장한 event-id면 건너뛰거나, 그 키로 upsert하는 식입니다. Kafka 자체의 exactly-once는 결과를 다시 Kafka에 쓰는 경우에 트랜잭션 프로듀서가 컨슈머 오프셋까지 트랜잭션 안에서 커밋(sendOffsetsToTransaction)하는 방식이며, 따로 다룰 주제입니다.
learn-commits-and-duplicates-watch-1 = { $at }, { $host } 호스트가 죽었습니다. 커밋도 LeaveGroup도 보내지 않았기 때문에 그룹은 아직 모릅니다. 이 호스트의 파티션 레인이 어두워집니다.
learn-commits-and-duplicates-watch-2 = { $at }, session.timeout.ms 동안 하트비트가 없어서 코디네이터가 죽은 멤버를 내보냈습니다. 그동안 이 파티션들은 계속 어두웠고 랙이 쌓였습니다.
learn-commits-and-duplicates-watch-3 = { $at }, 파티션이 다시 할당되고 B가 마지막 커밋된 오프셋부터 읽기 시작합니다. A가 그 커밋 이후 처리한 레코드는 모두 한 번 더 처리됩니다. 이것이 중복입니다.
learn-commits-and-duplicates-task = 커밋 방식을 바꿔서 A가 죽은 뒤 두 번 처리되는 레코드가 50건 이하가 되게 만들어 보세요.
learn-commits-and-duplicates-hint = 중복은 정확히 A가 마지막 커밋 이후 처리한 레코드입니다. 그 구간을 좁혀 보세요. session.timeout.ms를 줄이면 파티션이 어두운 시간만 짧아질 뿐입니다.
learn-commits-and-duplicates-answer = 커밋 방식을 commitSync per record(레코드마다 commitSync)로 설정합니다. A의 커밋된 오프셋이 처리 위치를 바로 뒤따르므로, B가 다시 처리하는 레코드가 326건에서 약 6건으로 줄어듭니다. 여기서는 commitSync per batch도 중복이 적고, auto.commit.interval.ms를 10000으로 늘리면 오히려 약 356건으로 늘어납니다.

# 7. rebalancing
learn-rebalancing-title = 리밸런스
learn-rebalancing-summary = 멤버가 그룹에 들어올 때 무슨 일이 생기는지, eager 프로토콜은 왜 모든 파티션을 멈추고 cooperative 프로토콜은 옮겨지는 파티션만 멈추는지 알아봅니다.
learn-rebalancing-p1 = 리밸런스(rebalance)는 그룹이 바뀔 때 파티션(partition)을 다시 나누는 과정입니다. 멤버가 들어오거나, LeaveGroup으로 나가거나, max.poll.interval.ms나 session.timeout.ms를 넘기거나, 구독 중인 토픽에 파티션이 늘어나면 일어납니다. 여기서는 인스턴스 3개 × 스레드 2개가 파티션 12개에 쌓인 백로그를 처리하고 있고, 500건짜리 배치 하나에 약 10초가 걸립니다. 60초에 네 번째 인스턴스가 들어옵니다.
learn-rebalancing-p2 = 브로커 하나가 그룹 코디네이터(group coordinator)를 맡습니다. 리밸런스가 시작되면 멤버들은 다음 하트비트(heartbeat)의 응답으로 이를 알게 되지만, JoinGroup은 다음 poll() 때, 즉 지금 배치를 끝낸 뒤에야 보냅니다. 코디네이터는 최대 max.poll.interval.ms까지 모든 멤버를 기다린 뒤 하나를 리더로 정하고, 리더가 전원의 구독 정보로 어사이너(assignor)를 돌려 SyncGroup으로 결과를 돌려주면 코디네이터가 멤버마다 파티션을 나눠 줍니다. 한 라운드가 끝날 때마다 그룹의 제너레이션(generation)이 올라갑니다.
learn-rebalancing-p3 = range 어사이너를 쓰면 그룹은 eager 프로토콜로 동작합니다. 모든 멤버가 JoinGroup을 보내기 전에 자기 파티션을 전부 회수(revoke)하고, SyncGroup이 끝나야 다시 받습니다. 이 실행에서는 멤버마다 자기 poll() 시점에 파티션을 회수하고 가장 느린 멤버를 기다립니다. 최소한으로 옮기면 새 인스턴스로 2개만 가면 되는데도, 12개 파티션이 모두 각각 1초 안팎 멈춥니다.
learn-rebalancing-p4 = cooperative 프로토콜(KIP-429, Kafka 2.4)은 cooperative-sticky 어사이너가 쓰는 방식으로, 리밸런스 중에도 소비를 멈추지 않습니다. 첫 라운드에서는 아무도 파티션을 회수하지 않습니다. 새 할당에서 옮겨야 할 파티션이 빠지면 기존 주인이 그것만 회수하고 다시 참여하고, 두 번째 라운드에서 그 파티션이 새 멤버에게 갑니다. 옮겨지는 파티션만 멈추지만 두 라운드를 기다려야 하고, 라운드마다 모든 멤버의 다음 poll()을 기다립니다.
learn-rebalancing-p5 = 두 실행을 나란히 비교해 보세요. 원래 실행(eager, range)은 12개 중 12개가 각각 1초 안팎 멈추고, cooperative-sticky는 12개 중 2개만 멈추지만 두 라운드가 모두 10초짜리 배치를 기다리느라 각각 약 20초씩 멈춥니다. 참고로 Kafka 3.0부터 기본 partition.assignment.strategy는 [RangeAssignor, CooperativeStickyAssignor]인데, 목록에 range가 남아 있는 동안에는 여전히 eager로 리밸런스합니다.
learn-rebalancing-watch-1 = { $at }, 새 멤버가 들어와 리밸런스가 시작됐습니다. 기존 멤버들은 다음 하트비트로 이를 알지만, 다시 참여하는 것은 처리 중인 배치를 끝내고 다음 poll()을 부를 때입니다.
learn-rebalancing-watch-2 = { $at }, 첫 파티션 회수가 일어났습니다. eager라면 이 멤버는 JoinGroup 전에 파티션을 모두 회수했고, cooperative라면 옮겨질 파티션만 회수했습니다. 어두워진 레인 수를 세어 보세요.
learn-rebalancing-watch-3 = { $at }, 리밸런스가 끝났고 그룹의 제너레이션은 이제 { $generation }입니다. 두 실행에서 레인이 몇 개 어두워졌는지뿐 아니라 얼마나 오래 어두웠는지도 비교해 보세요.
learn-rebalancing-task = 네 번째 인스턴스가 들어올 때 파티션 12개 중 멈추는 파티션이 4개 이하가 되도록 그룹 설정을 바꿔 보세요.
learn-rebalancing-hint = 대부분의 파티션은 주인을 바꿀 필요가 없습니다. 리밸런스 중에도 멤버가 가진 파티션을 계속 쥐고 있게 해 주는 프로토콜의 어사이너를 찾아보세요.
learn-rebalancing-answer = 어사이너를 cooperative-sticky로 설정합니다. 새 인스턴스로 옮겨지는 파티션 2개만 멈추는데, cooperative 프로토콜은 두 라운드가 필요해서 그 2개는 각각 약 20초씩 멈춥니다. roundrobin은 여전히 eager라서 12개가 모두 멈춥니다.

# 8. static-membership
learn-static-membership-title = 정적 멤버십
learn-static-membership-summary = group.instance.id로 재시작을 리밸런스 없이 넘기는 방법과, 멤버가 정말 죽었을 때 치르는 대가를 알아봅니다.
learn-static-membership-p1 = 동적 멤버(dynamic member)는 종료할 때 LeaveGroup을 보내고, 다시 뜨면 새 member id를 받습니다. 그래서 재시작 한 번에 리밸런스(rebalance)가 두 번 일어납니다. 이 실행에서는 컨슈머가 하나씩인 인스턴스 3개를 30초부터 차례로 재시작하는데, 각 인스턴스가 멈추고 20초 뒤 대체 인스턴스가 뜹니다. 평범한 롤링 재시작(rolling restart) 한 번에 리밸런스가 6번 일어나는 셈입니다.
learn-static-membership-p2 = 정적 멤버십(static membership, KIP-345, Kafka 2.3)은 컨슈머마다 고정된 group.instance.id를 줍니다. 정적 멤버는 종료할 때 LeaveGroup을 보내지 않고, 같은 id로 session.timeout.ms 안에 다시 들어오면 코디네이터(coordinator)가 리밸런스 없이 기존 할당을 그대로 돌려줍니다. id는 그룹 안에서 유일하고 재시작해도 같아야 하므로, 예를 들어 StatefulSet의 파드 이름에서 만들면 됩니다.
learn-static-membership-p3 = 대가는 감지 속도입니다. 코디네이터는 이제 재시작과 장애를 구분할 수 없으므로, 정적 멤버가 사라지면 정상 종료든 장애든 session.timeout.ms가 지나야 그룹에서 빠지고, 그때까지 그 파티션은 아무도 읽지 않습니다. 계획된 재시작 중에도 해당 인스턴스의 파티션은 돌아올 때까지 20초 동안 멈춰 있고, 그만큼 랙(lag)이 쌓입니다.
learn-static-membership-p4 = session.timeout.ms는 재시작에 걸리는 시간보다 길고, 장애 때 견딜 수 있는 공백보다는 짧게 잡습니다. 기본값은 Kafka 3.0부터 45,000 ms(그 전에는 10,000 ms)이고, 이 실행의 20초 재시작에는 충분합니다. 10,000으로 줄이면 재시작하는 멤버가 돌아오기 전에 만료되어 리밸런스가 다시 생깁니다.
learn-static-membership-watch-1 = { $at }, 재시작을 위해 { $host } 호스트가 멈췄습니다. 대체 인스턴스는 20초 뒤에 뜹니다. 그 사이 그룹이 무엇을 하는지 보세요.
learn-static-membership-watch-2 = { $at }, 이 종료 때문에 리밸런스가 시작됐습니다. 동적 멤버는 종료할 때 LeaveGroup을 보내므로 그룹은 지금 파티션을 다시 나누고, 대체 인스턴스가 들어오면 또 한 번 나눕니다.
learn-static-membership-watch-3 = { $at }, { $host } 호스트가 죽었습니다. LeaveGroup도 정상 종료도 없었고, 이 호스트의 파티션 레인이 어두워집니다.
learn-static-membership-watch-4 = { $at }, session.timeout.ms 동안 하트비트(heartbeat)가 없어서 코디네이터가 죽은 멤버를 내보냈습니다. 그때까지 이 파티션들은 계속 어두웠습니다. 정적 멤버십에서는 정상 종료도 이만큼 지나야 드러나므로, 타임아웃은 재시작에 걸리는 시간보다 조금만 길게 잡으세요.
learn-static-membership-task = 그룹 설정을 바꿔서 25초에서 190초 사이 롤링 재시작 동안 리밸런스가 한 번도 일어나지 않게 만들어 보세요.
learn-static-membership-hint = 재시작은 계획된 것이고 한 번에 20초가 걸립니다. 코디네이터에게는 돌아온 컨슈머를 알아볼 방법과, 그만큼 기다려 줄 여유가 필요합니다.
learn-static-membership-answer = 정적 멤버십(group.instance.id)을 켜고 session.timeout.ms는 45000 그대로 둡니다. 정적 멤버는 종료할 때 LeaveGroup을 보내지 않고 45초 안에 다시 들어오면 기존 할당을 그대로 돌려받으므로, 20초 재시작에는 리밸런스가 없습니다. session.timeout.ms를 10000으로 줄이면 돌아오기 전에 만료되어 리밸런스 6번이 그대로 돌아옵니다.

# 배우기 코스, 레슨 9–15와 용어집 (learn::glossary).
# 배우기: 레슨 9–15와 용어집 (한국어).

# 레슨 9: new-protocol
learn-new-protocol-title = KIP-848: 새 리밸런스 프로토콜
learn-new-protocol-summary = Kafka 4.0의 consumer 프로토콜은 할당을 브로커가 계산하고, 그룹 전체를 세우지 않고 멤버별로 리밸런스합니다.
learn-new-protocol-p1 = 레슨 7과 같은 실행입니다. 백로그가 쌓인 파티션 12개를 인스턴스 3개 × 스레드 2개가 읽고, 배치 하나에 10초쯤 걸리며, 60초에 네 번째 인스턴스가 들어옵니다. classic 프로토콜에서는 리밸런스(rebalance)가 늘 JoinGroup과 SyncGroup을 거칩니다. 코디네이터(coordinator)는 모든 멤버가 다시 참여할 때까지 기다리고, 멤버는 지금 배치를 끝내고 다음 poll()을 호출할 때에야 참여합니다. KIP-848은 이 장벽을 없앤 프로토콜로, 3.7에서 early access로 나와 Kafka 4.0에서 정식(GA)이 되었으며 클라이언트에서 group.protocol=consumer로 켭니다.
learn-new-protocol-p2 = 새 프로토콜에서는 멤버가 몇 초마다(브로커의 group.consumer.heartbeat.interval.ms, 기본 5초) ConsumerGroupHeartbeat를 보내고, 이 요청 하나가 JoinGroup, SyncGroup, Heartbeat를 모두 대신합니다. 멤버가 들어오거나 나가거나, 구독이나 토픽의 파티션 수가 바뀌면 코디네이터가 그룹 에포크(group epoch)를 올리고 새 목표 할당(target assignment)을 직접 계산합니다. 계산에는 서버 측 어사이너(assignor)인 uniform이나 range를 씁니다. 브로커가 group.consumer.assignors에 올려 둔 것 중에서 클라이언트가 group.remote.assignor로 고르며, 컨슈머 하나가 리더로서 할당을 계산하던 방식도, partition.assignment.strategy도 더는 쓰이지 않습니다.
learn-new-protocol-p3 = 그다음 멤버마다 자기 목표 할당에 맞춰 조정(reconciliation)합니다. 하트비트(heartbeat) 응답이 어떤 파티션을 지키고 어떤 파티션을 내놓을지 알려 주면, 멤버는 자기 poll 루프에서 내놓을 파티션부터 회수하고(자동 커밋이 켜져 있으면 먼저 커밋합니다) 다음 하트비트로 확인해 새 멤버 에포크(member epoch)로 올라갑니다. 파티션은 이전 소유자가 회수를 마친 뒤에야 새 소유자에게 갑니다. 그래서 느린 멤버는 자기가 넘겨야 할 파티션만 늦출 뿐, 나머지 멤버는 계속 읽습니다.
learn-new-protocol-p4 = 그대로인 것도 있습니다. max.poll.interval.ms는 여전히 poll 간격의 상한이자 리밸런스 타임아웃이어서, 제때 회수를 끝내지 못한 멤버는 그룹에서 밀려납니다(fenced). 생존 확인은 브로커 몫이 되어, 클라이언트의 session.timeout.ms 대신 브로커의 group.consumer.session.timeout.ms(기본 45초)가 적용됩니다. 두 실행을 나란히 놓고 보세요. range(classic, eager)에서는 모든 레인이 어두워지고, uniform에서는 옮겨 가는 파티션만 잠깐 멈춥니다.
learn-new-protocol-watch-1 = { $at }: 그룹 에포크가 올라갔습니다(에포크 { $generation }). 코디네이터가 이미 새 목표 할당을 계산했지만 멈춘 멤버는 없고, 멤버마다 다음 하트비트에서 자기 몫을 전달받습니다.
learn-new-protocol-watch-2 = { $at }: 첫 회수입니다. KIP-848에서는 멤버가 옮겨 갈 파티션만 자기 poll 루프에서 내놓고 하트비트로 알리므로 다른 레인은 계속 켜져 있습니다. classic eager 프로토콜이라면 멤버마다 다시 참여하면서 파티션을 전부 회수합니다.
learn-new-protocol-watch-3 = { $at }: classic 리밸런스, 곧 JoinGroup 장벽이 시작됐습니다. 모든 멤버가 지금 배치를 끝내고 다시 참여해야 새 할당이 나옵니다. eager 프로토콜이라면 멤버마다 다시 참여하면서 파티션을 모두 회수하므로, 새 할당이 나올 때까지 레인이 어둡게 남습니다.
learn-new-protocol-task = 어사이너를 바꿔서, 네 번째 인스턴스가 들어온 뒤 classic JoinGroup 라운드가 한 번도 없고 파티션 12개 중 멈추는 파티션이 4개 이하가 되게 하세요.
learn-new-protocol-hint = cooperative 리밸런스는 점진적이긴 해도 여전히 classic이라 JoinGroup을 두 번 거칩니다. 브로커에서 돌아가는 어사이너를 찾아보세요.
learn-new-protocol-answer = 어사이너를 uniform으로 바꾸면 됩니다. 그룹이 KIP-848 consumer 프로토콜(group.protocol=consumer)로 바뀌어 코디네이터가 목표 할당을 계산하고, 새 인스턴스로 옮겨 가는 파티션 2개만 잠깐(합계 6.8초) 멈추며 JoinGroup 라운드는 없습니다. cooperative-sticky는 여전히 classic 프로토콜이라 JoinGroup 라운드가 2번 생깁니다.

# 레슨 10: deploys
learn-deploys-title = 리밸런스 폭풍 없는 배포
learn-deploys-summary = 롤링 배포가 인스턴스마다 리밸런스를 두 번씩 일으키는 이유와, 블루-그린 배포나 정적 멤버십으로 이를 피하는 방법을 봅니다.
learn-deploys-p1 = 파티션 24개, 인스턴스 4개에 concurrency 3(컨슈머 스레드 12개)으로, 현장 노트 002의 알림 서비스와 같은 구성입니다. 여기서는 classic eager 프로토콜의 range 어사이너(assignor)를 쓰고, 초당 1,200건이 들어옵니다. 60초에 롤링 배포(rolling deploy)가 시작됩니다. 인스턴스가 하나 내려가고 30초 뒤 새 버전이 올라오며, 다음 인스턴스까지는 20초 간격을 둡니다. 단계마다 그룹 구성이 두 번 바뀌고, 바뀔 때마다 모든 파티션을 멈추는 리밸런스(rebalance)가 일어납니다.
learn-deploys-p2 = 세어 보면 이렇습니다. 동적 멤버는 종료할 때 LeaveGroup을 보내므로 내려갈 때 한 번, 새 인스턴스의 JoinGroup으로 또 한 번, 인스턴스 4개면 8번입니다. eager range에서는 매번 파티션 24개가 모두 회수되고, 내려간 인스턴스의 파티션은 첫 리밸런스가 다른 멤버에게 넘겨줄 때까지 어둡게 남습니다. 단계마다 랙(lag)이 오릅니다. 현장 노트 001의 정리 그대로, 롤링 배포는 리밸런스를 여러 번, 블루-그린은 한 번 일으킵니다.
learn-deploys-p3 = 블루-그린 배포(blue-green deploy)는 새 세트를 기존 세트 옆에 띄운 뒤 한 번에 전환합니다. 새 컨슈머가 뜨는 대로 그룹에 들어오면 들어올 때 한 번(잠시 스레드 24개가 파티션 24개를 나눠 가짐), 기존 세트가 내려갈 때 한 번, 모두 2번입니다. 새 컨슈머를 전환 시점에야 시작하면 이탈과 참여가 리밸런스 한 번으로 묶일 수 있고, 현장 노트 001이 말한 1번이 이 경우입니다. 대가는 잠시 두 배의 용량이며, 카나리(canary)는 이를 작게 한 것으로 새 버전 하나를 먼저 넣어 보고 문제가 없으면 나머지를 배포합니다.
learn-deploys-p4 = 다른 해법은 정적 멤버십(static membership)입니다. group.instance.id를 준 멤버는 종료할 때 LeaveGroup을 보내지 않고, 같은 id로 session.timeout.ms 안에 돌아오면 리밸런스 없이 같은 파티션을 돌려받습니다. 이 실행에서는 0번이 되지만, 내려간 인스턴스의 파티션은 그 30초 동안 멈춰 있습니다. cooperative-sticky는 파티션이 옮겨 갈 때마다 라운드가 두 번이라 횟수가 오히려 14번으로 늘고, 줄어드는 것은 매번 멈추는 범위뿐입니다. 레슨의 실행과 내 실행을 나란히 놓고 리밸런스 표시를 세어 보세요.
learn-deploys-watch-1 = { $at }: 배포가 시작되어 첫 인스턴스({ $host })가 내려갑니다. 컨슈머가 동적 멤버라 종료하면서 LeaveGroup을 보내므로 곧바로 리밸런스가 이어집니다.
learn-deploys-watch-2 = { $at }: 배포가 일으킨 첫 리밸런스가 끝났습니다(제너레이션 { $generation }, 멤버 { $members }개). 그동안 모든 레인이 어두웠고, 새 인스턴스가 들어오면 한 번 더 일어납니다.
learn-deploys-watch-3 = { $at }: 랙이 { $lag }건으로 정점을 찍고 빠지기 시작합니다. 트래픽은 일정하므로 정점은 리밸런스와 겹칩니다. 처음에는 첫 할당, 그다음은 배포 단계마다입니다.
learn-deploys-task = 배포 방식을 바꿔서 55초부터 끝까지 리밸런스가 인스턴스당 한 번 이하(4번 이하)가 되게 하세요.
learn-deploys-hint = 롤링 배포는 나갈 때 한 번, 새 인스턴스가 들어올 때 한 번, 인스턴스마다 리밸런스를 두 번씩 치릅니다. 그룹 구성을 더 큰 단위로 바꾸는 배포 방식은 무엇일까요?
learn-deploys-answer = 배포 방식을 블루-그린으로 바꾸면 새 세트가 들어온 뒤 기존 세트가 내려가므로, 리밸런스는 8번이 아니라 모두 2번입니다. 정적 멤버십(group.instance.id)을 켜도 session.timeout.ms 안에 돌아오는 재시작은 할당을 그대로 돌려받아 0번으로 통과합니다. cooperative-sticky는 멈춤을 짧게 할 뿐 라운드 수는 14번으로 늘어납니다.

# 레슨 11: assignors
learn-assignors-title = 어사이너: 누가 어느 파티션을 받나
learn-assignors-summary = range, roundrobin, sticky, 서버 측 어사이너가 같은 파티션을 어떻게 다르게 나누는지 내 토픽으로 확인합니다.
learn-assignors-p1 = 어사이너(assignor)는 컨슈머 그룹(consumer group)의 어느 컨슈머가 어느 파티션(partition)을 맡을지 정합니다. classic 프로토콜에서는 클라이언트 안에서 돌아갑니다. 컨슈머 중 하나인 그룹 리더가 모든 멤버의 구독 정보로 할당을 계산해 SyncGroup으로 나눠 줍니다. 컨슈머가 지원하는 목록이 partition.assignment.strategy이고, Kafka 3.0부터 기본값이 [RangeAssignor, CooperativeStickyAssignor]라 실제로는 range가 쓰입니다. 현장 노트 001의 예처럼 파티션 6개를 컨슈머 2개가 나누면 range는 A에 0, 1, 2번을, B에 3, 4, 5번을 줍니다.
learn-assignors-p2 = RangeAssignor는 토픽별로 나눕니다. 토픽마다 파티션을 번호순으로, 컨슈머를 member id 순으로 정렬해 컨슈머마다 연속된 구간을 주고, 나누어떨어지지 않으면 앞쪽 컨슈머가 하나씩 더 받습니다. 덕분에 여러 토픽의 같은 번호 파티션이 한 컨슈머에 모여, 같은 키로 파티셔닝한 토픽끼리 조인할 때 유리합니다. 대신 남는 파티션이 토픽마다 같은 앞쪽 컨슈머에 몰려서, 파티션 3개짜리 토픽 2개를 컨슈머 2개가 나누면 consumer-1이 4개, consumer-2가 2개를 받습니다.
learn-assignors-p3 = RoundRobinAssignor는 모든 토픽의 파티션을 토픽 이름순으로 한 줄로 세워 하나씩 돌아가며 나눠 주므로, 모두 같은 토픽을 구독한다면 개수 차이가 많아야 하나입니다. StickyAssignor도 그만큼 고르게 나누면서 각 컨슈머가 지금 가진 파티션을 최대한 유지해, 리밸런스(rebalance) 때 옮겨 가는 파티션이 적습니다. CooperativeStickyAssignor는 같은 알고리즘을 cooperative 프로토콜(KIP-429) 위에서 돌립니다. 옮겨 가는 파티션만 회수하는 대신 리밸런스 라운드가 한 번 더 필요합니다.
learn-assignors-p4 = KIP-848(group.protocol=consumer)에서는 브로커가 어사이너를 돌립니다. 기본값인 uniform(UniformAssignor)은 파티션을 고르게 나누면서 균형이 허락하는 한 멤버가 가진 것을 유지하고, 서버 측 range는 클라이언트의 range처럼 토픽마다 구간을 나눠 같은 키로 파티셔닝한 토픽을 한데 모읍니다. 클라이언트는 group.remote.assignor로 하나를 지정하고, 브로커는 group.consumer.assignors에 있는 것을 제공합니다.
learn-assignors-p5 = 어사이너는 파티션 개수의 균형과 리밸런스 때 옮겨 가는 양을 정할 뿐, 부하까지 맞춰 주지는 않습니다. 한 파티션에 트래픽의 절반이 몰리거나(레슨 13) 서버 한 대가 느리면(레슨 4), 어떤 어사이너를 써도 그 파티션은 컨슈머 하나가 맡습니다. 현장 노트 003의 지적처럼 컨슈머와 파티션이 1대1이라면 어떤 어사이너를 쓰든 별 차이가 없습니다.
learn-assignors-task = 토픽 orders:3 payments:3, 컨슈머 2개에서 모든 컨슈머가 받는 파티션 수의 차이가 하나 이하가 되는 어사이너를 고르세요.
learn-assignors-hint = range는 토픽마다 따로 나누고, 토픽마다 남는 파티션을 첫 번째 컨슈머가 가져갑니다. 모든 파티션을 한꺼번에 놓고 나누는 어사이너를 찾아보세요.
learn-assignors-answer = roundrobin입니다. 파티션 6개를 차례로 돌려 consumer-1에 orders 0, 2번과 payments 1번을, consumer-2에 나머지를 주므로 3개와 3개가 됩니다. sticky, cooperative-sticky, uniform도 고르게 나누지만, range는 토픽을 따로따로 나눠서 4개와 2개가 됩니다.

# 레슨 12: burrow
learn-burrow-title = Burrow: 임계값 없이 랙 판정하기
learn-burrow-summary = Burrow가 커밋 윈도우를 보고, 임계값 없이 바쁜 컨슈머와 멈춘 컨슈머를 가려내는 방법을 봅니다.
learn-burrow-p1 = 고정 임계값으로 랙(lag)을 판단하면 두 방향으로 다 틀립니다. 초당 1만 건이 들어오는 토픽에서 랙 10,000은 금세 빠지는 정상 상태일 수 있고, 조용한 토픽의 랙 100은 한 시간째 멈춘 컨슈머일 수 있습니다. 토픽마다 임계값을 따로 잡기 시작하면 끝이 없습니다. 현장 노트 003의 말대로 랙이 임계값에 닿을 때마다 알림을 받는 것은 무의미합니다. 링크드인이 공개한 버로우(Burrow)는 대신 컨슈머가 앞으로 나아가고 있는지를 묻습니다.
learn-burrow-p2 = Burrow는 파티션마다 그룹의 최근 커밋(commit)을 __consumer_offsets에서 읽어 슬라이딩 윈도우(sliding window)로 보관하며, 크기는 storage 설정의 intervals(기본 10)입니다. 커밋마다 커밋된 오프셋, 시각, 그 순간의 랙(로그 끝 오프셋 − 커밋된 오프셋)을 저장하므로, 커밋이 1분 간격이면 윈도우는 약 10분을 덮습니다. 현재 랙이 evaluator의 allowed-lag(기본 0) 이하인 파티션은 더 볼 것 없이 OK입니다.
learn-burrow-p3 = 나머지 규칙은 정해진 순서로 적용됩니다. STOP은 마지막 커밋이 윈도우 전체 길이보다 오래전일 때(지금 − 마지막 커밋 > 마지막 커밋 − 첫 커밋), 곧 랙이 남아 있는데 커밋이 끊긴 경우입니다. REWIND는 커밋된 오프셋이 뒤로 갔다가 아직 원래 자리를 되찾지 못한 경우입니다. 그다음 윈도우 안에 랙이 0인 커밋이 하나라도 있으면 OK입니다.
learn-burrow-p4 = 그렇지 않으면 STALL을 봅니다. 윈도우의 모든 커밋이 같은 오프셋이면 커밋은 하는데 전진하지 못하는 것입니다(같은 레코드를 끝없이 재시도하거나, 리밸런스 때마다 같은 배치를 다시 읽는 경우). WARN은 윈도우 내내 커밋과 커밋 사이에 랙이 한 번도 줄지 않은 경우로, 컨슈머가 움직이긴 해도 점점 뒤처지는 상황입니다. 나머지는 모두 OK이며, 랙이 크더라도 줄고 있으면 OK입니다.
learn-burrow-p5 = 그룹 상태는 가장 나쁜 파티션을 따라, WARN이 있으면 WARN, STOP·STALL·REWIND 중 하나라도 있으면 ERR입니다. 현장 노트 003의 세 그래프가 그대로 들어맞습니다. 랙이 다시 0으로 내려오면 OK, 컨슈머가 프로듀서보다 느리면 WARN, 컨슈머 오프셋이 멈추면 파티션 STALL에 그룹 ERR이며, 이것이 즉시 알림을 받아야 할 경우입니다. Burrow는 이 결과를 HTTP API(/v3/kafka/(cluster)/consumer/(group)/status)로 내주고, 이메일이나 HTTP로 알림을 보낼 수 있습니다.
learn-burrow-task = 윈도우를 고치거나 예시 모양을 불러와서, 현재 랙이 10,000 이상인데도 Burrow가 OK로 판정하게 만드세요.
learn-burrow-hint = Burrow는 랙이 얼마나 큰지가 아니라 컨슈머가 전진하는지를 봅니다. 큰 랙을 부지런히 줄여 가는 윈도우는 어떤 모양일까요?
learn-burrow-answer = '따라잡는 중'(Draining)을 불러오면 됩니다. 윈도우 동안 랙이 40,000에서 13,000으로 줄어서 STOP, REWIND, STALL, WARN 어느 규칙에도 걸리지 않고 OK입니다. 랙이 크더라도 윈도우 안에서 줄거나 0에 닿으면 어떤 윈도우든 되고, '멈춤'(Stalled)은 커밋된 오프셋이 그대로라 STALL입니다.

# 레슨 13: keys-and-ordering
learn-keys-and-ordering-title = 키, 순서, 그리고 핫 파티션
learn-keys-and-ordering-summary = 레코드의 키가 파티션을 정하고, 핫 키 하나가 몰린 파티션은 컨슈머를 아무리 늘려도 따라잡지 못합니다.
learn-keys-and-ordering-p1 = 프로듀서가 키(key)가 있는 레코드를 보내면 Kafka 기본 파티셔너는 키만 보고 파티션(partition)을 정합니다. 직렬화한 키 바이트의 murmur2 해시를 양수로 만든 뒤 파티션 수로 나눈 나머지입니다. 그래서 같은 키의 레코드는 모두 같은 파티션에 쓰인 순서대로 쌓입니다. 키가 없는 레코드는 sticky 파티셔너가 배치 단위로 흩어 놓습니다. 실행 옆의 도구에 키를 넣어 어느 파티션으로 가는지 확인해 보세요.
learn-keys-and-ordering-p2 = Kafka는 파티션 안에서만 순서(ordering)를 보장하고, 컨슈머 그룹은 파티션 하나를 컨슈머 스레드 하나에 맡겨 레코드를 차례로 처리하게 합니다. 주문 하나, 계정 하나, 기기 하나의 이벤트를 순서대로 처리하려고 키를 쓰는 이유가 여기에 있습니다. 현장 노트 004가 concurrency 항목에서 경고하듯, 애플리케이션 안에서 레코드를 병렬로 처리하면 파티션 키를 지정했어도 순서 보장은 의미가 없어집니다.
learn-keys-and-ordering-p3 = 반대편에 핫 키(hot key)가 있습니다. 이 실행에서는 초당 600건 중 절반이 한 키를 달고 있고 그 키가 7번 파티션으로 가므로, 7번에는 초당 300건 넘게 들어오는데 레코드당 4 ms인 스레드 하나는 초당 250건을 처리합니다. 그룹은 7번을 컨슈머 하나에게만 줄 수 있어서, 컨슈머를 몇 개로 늘리든 그 차이만큼 랙(lag)이 쌓이고 나머지는 대부분 놉니다. 인스턴스를 6개로 늘려도 랙은 48,000건 근처에서 끝납니다.
learn-keys-and-ordering-p4 = 고칠 곳은 컨슈머가 아니라 키입니다. 핫 키 뒤에 0~7 같은 접미사, 곧 솔트(salt)를 붙이면 그 키의 레코드가 여러 파티션으로 흩어집니다. 대가는 그 키의 레코드끼리 순서가 보장되지 않는다는 점이라, 순서가 필요 없는 곳에만 쓰거나 뒤에서 다시 정렬해야 합니다. 현장 노트 004도 파티션 키가 불균형하면 일부 파티션에 메시지가 몰려 처리량이 제한된다고 적고 있습니다.
learn-keys-and-ordering-p5 = 파티션을 늘리는 것은 해결책처럼 보이지만 키의 배치를 바꿉니다. 해시를 12로 나눈 나머지와 16으로 나눈 나머지는 대부분의 키에서 달라서, 그 키의 새 레코드는 새 파티션으로 가고 예전 레코드는 원래 파티션에서 처리를 기다리며, 컨슈머가 새 레코드를 먼저 처리할 수도 있습니다. 파티션 수를 두 배로 늘려도 키의 절반이 옮겨 갑니다. 순서가 중요하다면 파티션 증설은 드물게, 현장 노트 004의 제안처럼 발행과 구독을 멈춘 상태에서 하거나 새 토픽으로 옮기세요.
learn-keys-and-ordering-watch-1 = { $at }: 7번 파티션을 보세요. 스레드 하나가 맡아 따라가지 못하는 동안 다른 파티션을 맡은 스레드는 대부분 놀고 있습니다. 그룹의 랙 { $lag }건은 거의 모두 7번 파티션에 쌓인 것입니다.
learn-keys-and-ordering-task = 실행을 바꿔서 끝났을 때 랙이 5,000건 이하가 되게 하세요.
learn-keys-and-ordering-hint = 7번 파티션에 초당 몇 건이 들어오는지와 스레드 하나가 초당 몇 건을 처리하는지 비교해 보세요. 스레드를 늘리는 대신 앞의 숫자를 바꾸는 설정은 무엇일까요?
learn-keys-and-ordering-answer = 핫 키를 가진 레코드 비율을 0.05로 낮추면 됩니다. 핫 키에 솔트를 붙여 흩어 놓은 것과 같은 효과로, 7번 파티션도 다른 파티션보다 조금 더 받는 정도가 되어 모든 파티션이 스레드 하나의 초당 250건 안에 들어오고 랙은 1,400건 근처에서 끝납니다. 인스턴스를 6개로 늘리면 약 48,000건이 남는데, 컨슈머를 늘려도 파티션 하나를 나눠 맡을 수는 없기 때문입니다.

# 레슨 14: sizing
learn-sizing-title = 파티션과 컨슈머 수 산정하기
learn-sizing-summary = 목표 처리량에 필요한 스레드와 파티션 수를 계산하고, 장애 뒤에 따라잡을 여유까지 챙깁니다.
learn-sizing-p1 = 목표는 초당 2,000건, 레코드당 8 ms입니다. 스레드 하나가 초당 125건을 처리하므로, 따라가기만 하는 데에도 2,000 × 0.008 = 16개의 스레드가 쉬지 않고 일해야 합니다. 이 실행은 파티션(partition) 8개에 인스턴스 2개 × 스레드 4개, 곧 스레드 8개로 초당 1,000건이라 랙(lag)이 매초 약 1,000건씩 늘어납니다.
learn-sizing-p2 = 따라가는 것만으로는 부족합니다. 배포나 장애, 트래픽 폭주 뒤에는 쌓인 백로그를 비울 여유(headroom)가 필요하고, 비우는 시간은 백로그 ÷ (처리 용량 − 생산량)입니다. 스레드가 딱 16개면 백로그는 영영 줄지 않고, 24개(초당 3,000건)면 백로그 300,000건이 300,000 ÷ 1,000 = 300초에 빠집니다. 현장 노트 004의 성능 튜닝 절차도 여기서 출발합니다. 최대 발행 건수와 구독 목표 시간을 받아 목표 TPS를 확인하고, 거기서 필요한 파티션 수를 산정합니다.
learn-sizing-p3 = 파티션 수는 스레드 수 이상이어야 합니다. 파티션을 받지 못한 스레드는 유휴(idle) 상태로 남으므로(레슨 1), 파티션 수를 넘어서 인스턴스를 늘리면 처리량(throughput)은 그대로이고 비용만 늘어납니다. 현장 노트 004도 파티션과 컨슈머를 1:1로 맞춰야 최대 성능이 나오지만, 자원이 무한하지 않으니 여러 번 테스트해 최적값을 찾으라고 합니다.
learn-sizing-p4 = 파티션은 공짜가 아닙니다. 파티션마다 모든 레플리카에 로그 세그먼트와 인덱스 파일이 생기고, 브로커의 메모리와 열린 파일, 브로커 장애 때 옮길 리더가 늘며, 리밸런스와 할당 계산이 길어지고, 프로듀서가 채울 배치도 늘어 배치가 작아집니다. 토픽의 파티션 수는 늘릴 수만 있고 줄일 수는 없으며, 늘리면 키의 배치가 바뀝니다(레슨 13). 현장 노트 004가 프로젝트의 파티션 한계치를 30개 정도로 잡은 것도 이런 이유입니다.
learn-sizing-watch-1 = { $at }: 랙이 벌써 { $lag }건입니다. 원래 설정(스레드 8개)에서는 초당 2,000건이 들어오는데 그룹은 1,000건만 소비하니 매초 약 1,000건씩 뒤처집니다.
learn-sizing-watch-2 = { $at }: 그룹 멤버 { $members }개 중 파티션을 하나도 갖지 못한 멤버가 있습니다. 첫 리밸런스 전에는 모든 멤버가 이렇게 기다리지만, 리밸런스 뒤에도 파티션이 없는 스레드, 곧 파티션 수를 넘는 스레드는 처리량이 아니라 비용만 늘립니다.
learn-sizing-task = 파티션 수, 인스턴스 수, 인스턴스당 스레드 수를 바꿔서 끝났을 때 랙이 20,000건 이하이고 노는 스레드가 없게 하세요.
learn-sizing-hint = 레코드당 8 ms로 초당 2,000건을 처리하려면 스레드가 몇 개 필요한지 계산하고, 따라잡을 여유를 더한 다음, 스레드마다 파티션이 하나씩 돌아가게 하세요.
learn-sizing-answer = 파티션 수 24, 인스턴스 수 4, 인스턴스당 스레드 수 6입니다. 스레드 24개 × 초당 125건 = 초당 3,000건에 스레드마다 파티션이 하나씩이라, 초당 2,000건을 감당하고도 1,000건이 남아 장애 뒤 백로그를 비울 수 있습니다. 파티션 8개에 인스턴스 6개 × 스레드 4개로 늘리면 16개가 놀고 랙은 약 313,000건 그대로입니다.

# 레슨 15: watching-lag
learn-watching-lag-title = 랙 모니터링: 어디에 알림을 걸까
learn-watching-lag-summary = 레코드 수로 본 랙은 얼마나 쌓였는지, 시간으로 본 랙은 얼마나 늦었는지를 말합니다. 알림은 시간 기준으로 거세요.
learn-watching-lag-p1 = 이 실행에는 레코드 수로 본 랙(lag) 그래프에서 비슷해 보이는 사건이 두 번 있습니다. 120초에 5초 동안 20,000건이 한꺼번에 들어오고, 그룹은 몇 초 만에 이를 비웁니다. 300초에는 app-1의 스레드 하나가 외부 호출에 240초 동안 묶여 파티션 2개가 멈춥니다. 두 파티션에는 초당 120건 중 40건만 들어오므로 쌓이는 랙은 10,000건 정도지만, 가장 오래된 레코드는 4분을 기다립니다. 레코드 수에 건 알림은 폭주에 울리거나 멈춤을 놓치니, 실행 아래 도구에서 두 단위를 모두 시험해 보세요.
learn-watching-lag-p2 = 시간으로 본 랙(time lag)은 사용자가 실제로 궁금해하는 질문, 곧 아직 처리하지 못한 가장 오래된 레코드가 얼마나 오래됐는지에 답합니다. kafka-lag-exporter는 파티션마다 (로그 끝 오프셋, 시각) 점을 표로 쌓아 두고(기본 30초마다 폴링), 로그 끝이 커밋된 오프셋에 있던 시각을 보간해 이 값을 추정합니다. 결과는 kafka_consumergroup_group_lag_seconds와 kafka_consumergroup_group_max_lag_seconds로 내보냅니다. 이 실행에서 폭주의 최고치는 5.9초, 멈춤은 4분 4초입니다.
learn-watching-lag-p3 = 다른 지표는 이보다 덜 보여 줍니다. 클라이언트의 records-lag-max(consumer-fetch-manager-metrics)는 컨슈머별로 자기 파티션들의 하이 워터마크 − 포지션 중 최댓값이라 커밋된 오프셋과는 무관하고, 컨슈머가 살아 있을 때만 존재해서 죽은 컨슈머는 아무것도 보고하지 않습니다. Burrow(레슨 12)는 진행 여부를 판정해 STALL이나 STOP을 알려 주고, kminion과 kafka_exporter는 파티션별 레코드 수 랙을 내보냅니다. 모두 Prometheus로 수집해 Grafana로 보며, Burrow는 burrow-exporter나 최근 버전의 자체 메트릭 엔드포인트를 거칩니다.
learn-watching-lag-p4 = 알림은 실제 문제를 뜻하는 것에 거세요. SLO가 허용하는 시간(여기서는 60초)을 넘는 시간 기준 랙, Burrow의 STALL이나 STOP(그룹 ERR), 그룹의 멤버 수가 0으로 떨어지는 것(kafka_exporter의 kafka_consumergroup_members)입니다. 레코드 수는 대시보드와 용량 산정에 쓰세요. 저절로 빠질 백로그 때문에 새벽에 깨는 일은 없어야 합니다.
learn-watching-lag-p5 = 장애가 나면 가진 것을 그대로 분석 화면에 붙여 넣으세요. kafka-consumer-groups.sh --describe 덤프, Prometheus 쿼리 결과, Burrow JSON, 랙 CSV, Grafana 내보내기를 읽습니다. date 줄을 사이에 두고 덤프를 여러 번 붙이면 처리 속도, Burrow 판정, 랙을 비우는 데 걸릴 시간까지 나옵니다. 분석 화면은 랙을 쥔 호스트와 파티션을 짚어 주고, 실습 화면에서 붙여 넣은 그룹으로 시작해 사고를 다시 돌려 볼 수 있습니다.
learn-watching-lag-watch-1 = { $at }: 폭주가 정점에 이른 순간입니다. 레코드 수로 본 랙은 { $lag }건으로 뛰지만 레코드들은 몇 초밖에 안 됐고 그룹은 벌써 비우는 중이라, 레코드 수 알림은 울리고 시간 알림은 울리지 않습니다.
learn-watching-lag-watch-2 = { $at }: app-1의 스레드가 외부 호출에 묶였습니다. 파티션 2개는 여전히 이 스레드에 할당돼 있어 레인 색은 그대로이고 아무도 넘겨받지 않습니다. 레코드 수로 본 랙은 크지 않지만 시간으로 본 랙은 매초 1초씩 늘어납니다.
learn-watching-lag-task = 알림 기준과 임계값을 바꿔서, 멈춤 구간(300–600초)에는 알림이 울리고 폭주 구간(110–290초)에는 한 번도 울리지 않게 하세요.
learn-watching-lag-hint = 폭주 때는 레코드가 많지만 금방 빠지고, 멈춤 때는 레코드가 적지만 오래 기다립니다. 둘을 가르는 단위는 무엇일까요?
learn-watching-lag-answer = 시간으로 본 랙(초)에 임계값 60입니다. 멈춤은 4분 4초까지 올라가 알림이 울리고, 폭주는 최고 5.9초라 조용합니다. 레코드 수 5,000으로 잡으면 폭주(13,504건)에도 울려, 저절로 빠질 백로그 때문에 호출받게 됩니다.

# 용어집
glossary-topic = 토픽 (topic)
glossary-topic-def = 이름이 붙은 레코드 스트림으로, 파티션으로 나뉩니다. 프로듀서가 쓰고, 컨슈머 그룹마다 자기 속도로 읽습니다.
glossary-partition = 파티션 (partition)
glossary-partition-def = 토픽을 나눈 조각 하나로, 순서가 있고 뒤에 덧붙이기만 하는 로그입니다. 병렬 처리의 단위라 한 그룹 안에서는 한 번에 컨슈머 하나만 읽고, 순서도 파티션 안에서만 보장됩니다.
glossary-consumer-group = 컨슈머 그룹 (consumer group)
glossary-consumer-group-def = 같은 group.id를 쓰며 토픽의 파티션을 나눠 맡는 컨슈머들입니다. 그룹마다 모든 레코드를 한 번씩 받으므로, 그룹이 둘이면 각자 전부를 받습니다.
glossary-member = 멤버 (member)
glossary-member-def = 코디네이터가 보는 그룹 안의 컨슈머 하나로, 보통 애플리케이션 인스턴스의 스레드 하나이며 자기 member id를 가집니다. 파티션을 받지 못한 멤버는 놀게 됩니다.
glossary-concurrency = 동시성 (concurrency)
glossary-concurrency-def = 애플리케이션 인스턴스 하나가 띄우는 컨슈머 스레드 수(Spring Kafka의 concurrency 설정)입니다. 그룹의 멤버 수는 인스턴스 수 × concurrency이고, 그중 파티션 수만큼만 일을 받습니다.
glossary-offset = 오프셋 (offset)
glossary-offset-def = 파티션 안에서 레코드의 위치(0, 1, 2 …)로, 레코드가 쓰일 때 브로커가 붙입니다.
glossary-log-end-offset = 로그 끝 오프셋 (log-end offset)
glossary-log-end-offset-def = 파티션에 다음으로 쓰일 레코드가 받을 오프셋입니다(kafka-consumer-groups.sh의 LOG-END-OFFSET). 프로듀서가 쓸수록 커집니다.
glossary-committed-offset = 커밋된 오프셋 (committed offset)
glossary-committed-offset-def = 그룹이 파티션별로 __consumer_offsets에 저장한 오프셋으로, 재시작이나 리밸런스 뒤에 읽기 시작할 다음 레코드를 가리킵니다(kafka-consumer-groups.sh의 CURRENT-OFFSET).
glossary-position = 포지션 (position)
glossary-position-def = 컨슈머가 다음에 가져올 레코드의 오프셋으로, 컨슈머 메모리에만 있습니다. 다음 커밋 전까지는 커밋된 오프셋보다 앞서 있습니다.
glossary-lag = 랙 (lag)
glossary-lag-def = 파티션별 로그 끝 오프셋 − 커밋된 오프셋, 곧 그룹이 아직 커밋하지 못한 레코드 수입니다(kafka-consumer-groups.sh의 LAG). 그룹의 랙은 파티션 랙의 합입니다.
glossary-lag-seconds = 시간 랙 (time lag)
glossary-lag-seconds-def = 커밋된 오프셋의 레코드가 얼마나 오래전에 쓰였는지, 곧 레코드 수가 아니라 초로 본 랙입니다. kafka-lag-exporter는 시간에 따른 로그 끝 오프셋을 보간해 추정합니다.
glossary-throughput = 처리량 (throughput)
glossary-throughput-def = 초당 처리한 레코드 수입니다. 그룹의 처리량은 파티션을 가진 스레드들의 합이고, 생산량이 이보다 많으면 랙이 늘어납니다.
glossary-poll-loop = poll 루프 (poll loop)
glossary-poll-loop-def = 컨슈머의 본체 루프입니다. poll()로 배치를 받아 처리하고, 커밋하고, 다시 poll()합니다. 루프가 max.poll.interval.ms보다 오래 멈추면 클라이언트가 그룹을 떠납니다.
glossary-max-poll-records = max.poll.records
glossary-max-poll-records-def = poll() 한 번이 돌려주는 최대 레코드 수(기본 500)입니다. 배치 크기 × 레코드당 처리 시간이 max.poll.interval.ms보다 넉넉히 짧아야 합니다.
glossary-max-poll-interval = max.poll.interval.ms
glossary-max-poll-interval-def = poll() 호출 사이에 허용되는 최대 시간(기본 300,000 ms, 5분)입니다. 이를 넘기면 클라이언트가 그룹을 떠나고, 다음 커밋은 CommitFailedException으로 실패합니다.
glossary-heartbeat = 하트비트 (heartbeat)
glossary-heartbeat-def = 컨슈머가 백그라운드 스레드에서 heartbeat.interval.ms(classic 프로토콜 기본 3초)마다 코디네이터에 보내는 작은 요청입니다. 살아 있음을 알리고 리밸런스 소식을 받아 옵니다.
glossary-session-timeout = 세션 타임아웃 (session timeout)
glossary-session-timeout-def = 코디네이터가 하트비트 없이 기다려 주는 시간으로, 넘기면 멤버를 그룹에서 제거합니다. 클라이언트 설정 session.timeout.ms는 Kafka 3.0부터 기본 45초이고, KIP-848에서는 브로커의 group.consumer.session.timeout.ms가 대신 적용됩니다.
glossary-leave-group = 그룹 이탈 (LeaveGroup)
glossary-leave-group-def = 동적 멤버가 종료하거나 max.poll.interval.ms를 넘겼을 때 보내는 요청으로, 세션 타임아웃을 기다리지 않고 곧바로 리밸런스가 일어나게 합니다. 정적 멤버는 보내지 않습니다.
glossary-commit = 커밋 (commit)
glossary-commit-def = 그룹이 파티션에서 어디까지 처리했는지를 다음에 읽을 오프셋으로 __consumer_offsets에 기록하는 일입니다. commitSync는 브로커의 응답을 기다리고, commitAsync는 기다리지 않습니다.
glossary-auto-commit = 자동 커밋 (auto-commit)
glossary-auto-commit-def = enable.auto.commit=true(클라이언트 기본값)이면 컨슈머가 poll() 안에서 auto.commit.interval.ms(기본 5초)마다, 그때까지 poll()이 돌려준 오프셋을 커밋합니다.
glossary-commit-failed = CommitFailedException
glossary-commit-failed-def = 멤버가 더 이상 그룹의 현재 제너레이션에 속하지 않아 거절된 커밋입니다. 보통 max.poll.interval.ms를 넘겨 그 멤버를 빼고 리밸런스가 끝난 뒤에 생깁니다.
glossary-at-least-once = 최소 한 번 전달 (at-least-once)
glossary-at-least-once-def = 처리한 뒤에 커밋해서 얻는 보장입니다. 레코드를 잃지는 않지만, 크래시나 리밸런스 뒤에는 마지막 커밋 이후의 레코드를 다시 처리합니다.
glossary-duplicate = 중복 처리 (duplicate)
glossary-duplicate-def = 크래시나 리밸런스 전에 오프셋이 커밋되지 않아 같은 레코드를 두 번 처리하는 일입니다. 이미 본 event id는 건너뛰는 식으로 처리를 멱등하게 만드세요.
glossary-rebalance = 리밸런스 (rebalance)
glossary-rebalance-def = 멤버가 들어오거나 나가거나 타임아웃되었을 때, 또는 구독한 토픽이 바뀌었을 때 그룹이 파티션을 다시 나누는 일입니다. classic eager 프로토콜에서는 끝날 때까지 모든 파티션이 멈춥니다.
glossary-coordinator = 코디네이터 (coordinator)
glossary-coordinator-def = 그룹을 관리하는 브로커입니다. 멤버와 하트비트를 추적하고, 리밸런스를 진행하고, 그룹의 커밋을 저장합니다. 그룹마다 정확히 하나입니다.
glossary-generation = 제너레이션 (generation)
glossary-generation-def = classic 프로토콜에서 리밸런스가 끝날 때마다 올라가는 번호입니다. 이전 제너레이션의 커밋은 CommitFailedException으로 거절됩니다.
glossary-join-sync = JoinGroup/SyncGroup
glossary-join-sync-def = classic 리밸런스의 두 단계입니다. 모든 멤버가 JoinGroup을 보내고, 리더가 할당을 계산하고, SyncGroup으로 나눠 받습니다. 코디네이터는 모든 멤버가 다시 참여할 때까지 기다립니다.
glossary-eager = eager 리밸런스 (eager rebalancing)
glossary-eager-def = 모든 멤버가 다시 참여하기 전에 파티션을 전부 회수하는 classic 프로토콜입니다. 단순하지만 리밸런스마다 그룹 전체가 멈춥니다.
glossary-cooperative = cooperative 리밸런스 (cooperative rebalancing)
glossary-cooperative-def = 점진적인 classic 프로토콜(KIP-429, cooperative-sticky)입니다. 멤버는 가진 파티션을 유지하고 옮겨 갈 파티션만 회수하며, 그 대가로 리밸런스 라운드가 한 번 더 필요합니다.
glossary-static-membership = 정적 멤버십 (static membership)
glossary-static-membership-def = group.instance.id(KIP-345)로 고정 ID를 받은 멤버는 LeaveGroup을 보내지 않고, session.timeout.ms 안에 돌아오면 파티션을 그대로 돌려받습니다. 그래서 재시작이 리밸런스를 일으키지 않습니다.
glossary-kip-848 = 새 컨슈머 프로토콜 (KIP-848)
glossary-kip-848-def = Kafka의 새 컨슈머 리밸런스 프로토콜(group.protocol=consumer, 4.0부터 정식)입니다. 브로커가 할당을 계산하고 멤버는 ConsumerGroupHeartbeat로 하나씩 조정하므로, 그룹 전체를 세우는 장벽이 없습니다.
glossary-epoch = 에포크 (epoch)
glossary-epoch-def = KIP-848에서 그룹 에포크는 그룹의 변경을 세는 번호이고, 멤버마다 있는 멤버 에포크는 새 목표 할당에 맞춰 조정을 마치면 그룹 에포크를 따라잡습니다.
glossary-assignor = 어사이너 (assignor)
glossary-assignor-def = 어느 멤버가 어느 파티션을 맡을지 정하는 알고리즘입니다. 클라이언트에는 range, roundrobin, sticky, cooperative-sticky가 있고, KIP-848에서는 브로커의 uniform과 range를 씁니다.
glossary-rolling-deploy = 롤링 배포 (rolling deploy)
glossary-rolling-deploy-def = 인스턴스를 하나씩 교체하는 배포입니다. 동적 멤버라면 내려갈 때와 올라올 때마다 리밸런스가 일어나 인스턴스당 두 번 정도입니다.
glossary-blue-green = 블루-그린 배포 (blue-green deploy)
glossary-blue-green-def = 새 인스턴스 세트를 기존 세트 옆에 띄운 뒤 한 번에 전환하는 배포입니다. 리밸런스는 모두 한두 번이지만, 잠시 두 배의 용량이 필요합니다.
glossary-burrow = 버로우 (Burrow)
glossary-burrow-def = 링크드인이 공개한 오픈소스 랙 모니터입니다. 랙 임계값 대신 커밋의 슬라이딩 윈도우로 파티션마다 OK, WARN, STALL, STOP, REWIND를 판정합니다.
glossary-sliding-window = 슬라이딩 윈도우 (sliding window)
glossary-sliding-window-def = Burrow가 파티션마다 보관하는 최근 커밋 목록입니다(storage의 intervals, 기본 10). 새 커밋이 들어오면 가장 오래된 것이 빠집니다.
glossary-key = 키 (key)
glossary-key-def = 레코드가 갈 파티션을 정하는 부분입니다. 기본 파티셔너는 키 바이트의 murmur2 해시를 파티션 수로 나눈 나머지를 쓰므로, 같은 키는 같은 파티션으로 갑니다.
glossary-hot-key = 핫 키 (hot key)
glossary-hot-key-def = 트래픽의 큰 몫을 차지하는 키입니다. 그 파티션에 컨슈머 하나가 처리할 수 있는 것보다 많은 레코드가 몰릴 수 있고, 그러면 컨슈머를 늘려도 소용없습니다.
glossary-ordering = 순서 보장 (ordering)
glossary-ordering-def = Kafka는 파티션 안에서만 레코드의 순서를 지킵니다. 한 키의 레코드는 그 키가 한 파티션에 머물고 스레드 하나가 차례로 처리하는 동안에만 순서가 유지됩니다.
glossary-records-lag-max = records-lag-max
glossary-records-lag-max-def = 컨슈머 클라이언트 지표로, 컨슈머가 가져오는 파티션들 가운데 가장 큰 레코드 수 랙입니다. 커밋이 아니라 포지션 기준이며, 컨슈머가 실행 중일 때만 존재합니다.
glossary-exporter = 익스포터 (exporter)
glossary-exporter-def = Kafka에서 랙을 읽어 Prometheus 메트릭으로 내보내는 프로세스입니다. kafka-lag-exporter, kminion, kafka_exporter, burrow-exporter를 붙인 Burrow 등이 있습니다.

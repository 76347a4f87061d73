## assign: the assignors' errors, the what-if and the offset-reset planner

# Kafka's assignors reject the input: the exception class and Kafka's own message.
assign-error-kafka = Kafka 할당자가 이 입력을 거부합니다({ $exception }): { $reason }
assign-error-not-json = 입력이 JSON이 아닙니다: { $detail }
assign-error-not-a-request = 입력이 assign 요청 형식이 아닙니다: { $detail }
assign-kafka-circular-iterator-empty = CircularIterator는 비어 있지 않은 리스트에만 쓸 수 있습니다
assign-kafka-no-unfilled-consumers = 더 할당받을 수 있는, 아직 채워지지 않은 컨슈머가 없습니다.
assign-kafka-iterator-remove-without-next = next 호출 없이 iterator remove가 호출되었습니다
assign-kafka-over-min-quota-not-reached = minQuota보다 많은 파티션을 가진 멤버가 기대한 수에 이르지 못했는데, 더 할당할 파티션이 없습니다
assign-kafka-min-quota-not-reached = 컨슈머 [{ $member }]의 파티션이 minQuota에 이르지 못했는데, 더 할당할 파티션이 없습니다
assign-kafka-divide-by-zero = 0으로 나누었습니다
assign-kafka-partition-without-consumer = 재할당 중인 파티션 { $partition }에 컨슈머가 없습니다
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
whatif-assumed-member-order = 멤버는 덤프에 나온 순서대로 순회되며, 모두 generation 1에 속합니다

# What the move costs under each rebalance protocol ($round, $session_timeout, $restart, $heartbeat: durations).
whatif-cost-eager = 모든 멤버가 다시 참여하기 전에 자기 파티션을 전부 반납합니다: 파티션 { $paused }개가 한 라운드({ $round }) 동안 멈춥니다
whatif-cost-cooperative = 파티션 { $transferring }개가 멤버 사이를 옮겨 갑니다: 첫 라운드가 끝나면 회수되고 두 번째 라운드에서 할당됩니다. 떠난 멤버의 파티션과 새로 소유자가 생기는 파티션 { $first_round }개는 첫 라운드에서 할당됩니다. 나머지 파티션은 멈추지 않고 계속 컨슘합니다
whatif-cost-static-within-session = 재시작하는 멤버 { $restarting }개가 session.timeout.ms({ $session_timeout }) 안에 같은 group.instance.id로 돌아옵니다: 리밸런싱은 일어나지 않고, 그 멤버들의 파티션 { $bounced }개가 { $restart } 동안 기다립니다
whatif-cost-static-outlasts-session = 재시작 시간({ $restart })이 session.timeout.ms({ $session_timeout })보다 깁니다: 재시작하는 멤버마다 그룹에서 제거된 뒤 다시 참여하므로 리밸런싱이 두 번씩 일어납니다
whatif-cost-consumer = 그룹 에포크가 한 번 올라갑니다. 파티션 { $paused }개는 하트비트 한 번({ $heartbeat }) 안팎에 기존 소유자가 내려놓고 새 소유자가 가져갑니다. 다른 멤버는 중단되지 않습니다

# `lagscope what-if` (the command line's summary).
whatif-cli-unknown-assignor = --assignor { $assignor }: range, roundrobin, sticky, cooperative-sticky, uniform, server-range 중 하나여야 합니다
whatif-cli-slow-format = --slow { $entry }: MEMBER_ID=FACTOR 형식이어야 합니다
whatif-cli-slow-not-a-number = --slow { $entry }: "{ $factor }"는 숫자가 아닙니다(0.5 = 절반 속도)
whatif-cli-assignor = 할당 전략: { $assignor }
whatif-cli-presence-stayed = 잔류
whatif-cli-presence-joined = 합류
whatif-cli-presence-left = 이탈
whatif-cli-keeps = 유지
whatif-cli-loses = 회수
whatif-cli-gains = 추가
whatif-cli-inherits-lag = 넘겨받는 랙
whatif-cli-withheld = 후속 리밸런싱까지 보류: { $partitions }
whatif-cli-protocol-eager = eager
whatif-cli-protocol-cooperative = cooperative
whatif-cli-protocol-static = 정적 멤버십
whatif-cli-protocol-consumer = consumer(KIP-848)
whatif-cli-rebalances = 리밸런싱
whatif-cli-partitions-paused = 멈춘 파티션
whatif-cli-longest-pause = 최장 중단
whatif-cli-bottleneck = 랙을 가장 늦게 소진하는 멤버: { $member }
whatif-cli-assumed = 가정: { $assumption }

# The Assignment view (web).
whatif-ui-title = 할당
whatif-ui-empty = 먼저 '분석'에서 덤프를 불러오세요. 가정 분석은 그 덤프의 그룹에서 시작합니다.
whatif-ui-heading = 할당: 가정 분석
whatif-ui-group = 그룹
whatif-ui-unnamed-group = (덤프에 그룹 이름 없음)
whatif-ui-assignor = 할당 전략
whatif-ui-new-member = 새 멤버 ID
whatif-ui-add = 멤버 추가
whatif-ui-member = 멤버
whatif-ui-remove = 제거
whatif-ui-speed = 속도 ×
whatif-ui-slow = 느리게
whatif-ui-start-over = 처음부터
whatif-ui-result-title = { $assignor } · 파티션 { $moved }개 이동, { $kept }개 유지
whatif-ui-status = 상태
whatif-ui-keeps = 유지
whatif-ui-loses = 회수
whatif-ui-gains = 추가
whatif-ui-inherits-lag = 넘겨받는 랙
whatif-ui-lag-after = 이후 랙
whatif-ui-presence-stayed = 잔류
whatif-ui-presence-joined = 합류
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
reset-note-no-commit = 커밋된 오프셋이 없습니다. 그룹은 여기서부터 컨슘합니다

# The offset-reset planner (web).
reset-ui-title = 오프셋 재설정 계획
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
reset-ui-group-active = 그룹에 활성 멤버가 있습니다. 멤버가 모두 멈출 때까지 Kafka는 재설정을 거부합니다.
reset-ui-topic = 토픽
reset-ui-partition = 파티션
reset-ui-now = 현재
reset-ui-after = 이후
reset-ui-skipped = 건너뜀
reset-ui-replayed = 재처리
reset-ui-note = 비고
reset-ui-showing-first = 전체 { $total }개 중 처음 { $shown }개 표시

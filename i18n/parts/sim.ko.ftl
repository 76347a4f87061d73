## sim
# 시뮬레이터: 이벤트 기록, 시나리오 검증 오류, 텍스트 요약, 덤프의 그룹에서 시작할 때의 가정,
# 프리셋 설명.

# 이벤트 기록의 종류(두 번째 열).
sim-event-kind-started = 시작
sim-event-kind-joined = 참여
sim-event-kind-left = 이탈
sim-event-kind-crashed = 비정상 종료
sim-event-kind-stopped = 종료
sim-event-kind-rebalance-started = 리밸런싱 시작
sim-event-kind-rebalance-completed = 리밸런싱 완료
sim-event-kind-epoch-bumped = 에포크 증가
sim-event-kind-assigned = 할당
sim-event-kind-revoked = 회수
sim-event-kind-commit-failed = 커밋 실패
sim-event-kind-poll-timed-out = poll 타임아웃
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
sim-event-poll-timeout = 컨슈머 poll 타임아웃이 발생했습니다: 레코드 { $records }개짜리 배치를 { $elapsed }째 처리하고 있었습니다. max.poll.interval.ms는 { $max_poll_interval_ms }입니다
sim-event-poll-timeout-static = { $timeout }. 정적 멤버는 LeaveGroup을 보내지 않으므로 코디네이터는 session.timeout.ms가 지날 때까지 이 멤버를 그룹에 둡니다
sim-event-session-expired = session.timeout.ms({ $session_timeout_ms } ms) 동안 하트비트가 없어 코디네이터가 멤버를 제거합니다
sim-event-stalled = 외부 호출이 { $hang } 동안 멈춥니다

# classic 프로토콜.
sim-event-join-group = JoinGroup 요청
sim-event-first-join = 빈 그룹에 멤버가 참여했습니다: 코디네이터는 다른 멤버를 group.initial.rebalance.delay.ms 동안 기다립니다
sim-event-eager-revoked = eager 리밸런싱: JoinGroup 전에 모든 파티션을 회수합니다 (onJoinPrepare)
sim-event-cooperative-revoked = cooperative 리밸런싱: 옮겨 가는 파티션만 커밋 없이 회수합니다 (onJoinComplete). 멤버는 두 번째 라운드를 위해 다시 참여합니다
sim-event-static-rejoined = 정적 멤버가 group.instance.id로 다시 참여했습니다: 멤버 ID는 새로 받지만 할당은 그대로이고 리밸런싱은 일어나지 않습니다
sim-event-static-rejoined-rebalancing = 리밸런싱 중에 정적 멤버가 group.instance.id로 다시 참여했습니다
sim-event-rebalance-started = { $reason }: 각 멤버는 다음 하트비트 응답에서 이를 알게 되고 다음 poll()에서 다시 참여합니다
sim-event-join-timeout = 리밸런싱 타임아웃(max.poll.interval.ms = { $max_poll_interval_ms } ms) 안에 다시 참여하지 않았습니다
sim-event-sync-timeout = 리밸런싱 타임아웃(max.poll.interval.ms = { $max_poll_interval_ms } ms) 안에 SyncGroup을 보내지 않았습니다
sim-event-assigned = 제너레이션 { $generation }: 파티션 { $count }개
sim-event-rebalance-completed = 제너레이션 { $generation }: 멤버 { $members }개, { $protocol } 프로토콜, { $assignor } 할당자. 리밸런싱에 { $took } 걸렸습니다
sim-event-metadata-refreshed = 리더가 메타데이터를 갱신해 보니 { $topic }의 파티션이 { $partitions }개입니다: 리더는 다음 poll()에서 다시 참여합니다
sim-event-assignor-failed = 할당자가 실패했습니다: { $error }

# 리밸런싱이 시작된 이유, 그룹 에포크가 오른 이유.
sim-event-reason-joined = 멤버 참여
sim-event-reason-rejoined = 멤버 재참여
sim-event-reason-left = 멤버 이탈
sim-event-reason-left-because = 멤버 이탈({ $reason })
sim-event-reason-partitions = { $topic }의 파티션이 { $partitions }개로 늘어남

# consumer 프로토콜(KIP-848).
sim-event-heartbeat-join = 멤버 에포크 0으로 ConsumerGroupHeartbeat 전송(참여)
sim-event-static-rejoined-target = 정적 멤버가 group.instance.id로 다시 참여했습니다: 목표 할당을 그대로 유지합니다
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
sim-event-partitions-added = { $topic }의 파티션이 { $partitions }개가 되었습니다. 프로듀서는 다음 메타데이터 갱신(지금부터 { $refresh } 뒤)부터 새 파티션에도 씁니다
sim-event-rolling-deploy = 인스턴스 { $instances }개의 롤링 배포를 시작합니다
sim-event-rolling-stop = 롤링 배포: { $host } 종료 ({ $step }/{ $steps })
sim-event-rolling-start = 롤링 배포: 새 { $host } 시작 ({ $step }/{ $steps })
sim-event-blue-green-at-switch = 블루-그린 배포: 그린 인스턴스 { $instances }개가 부팅합니다. 컨슈머는 전환 시점에 시작합니다
sim-event-blue-green-as-they-start = 블루-그린 배포: 그린 인스턴스 { $instances }개가 부팅하고, 컨슈머는 시작되는 대로 그룹에 참여합니다
sim-event-blue-green-switch-start = 블루-그린 전환: 블루 인스턴스는 모두 종료하고 그린 컨슈머는 모두 시작합니다
sim-event-blue-green-switch = 블루-그린 전환: 블루 인스턴스가 모두 종료합니다

# 실행할 수 없는 시나리오: 필드와, 그 필드에 있어야 하는 값.
sim-error-field = { $path }: { $expected }
sim-error-json = { $line }행 { $column }열: 시나리오로 읽을 수 없습니다 (JSON 파서: { $error })
sim-error-start = 날짜와 시각으로 읽을 수 없습니다: `{ $start }` (예: 2022-03-17T18:00:00Z)
sim-error-duration = 31일(2,678,400초) 이하여야 합니다
sim-error-samples = 한 번 실행에 샘플은 최대 { $samples }개입니다: { $seconds }초 이상으로 설정하세요
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
sim-error-dump-without-partitions = 그룹에 파티션이 없습니다: 시나리오를 만들려면 오프셋 화면(`--describe`)이 필요합니다
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
sim-summary-lag = 총 랙: 처음 { $first_lag } · 최대 { $max_lag } · 마지막 { $final_lag } · 컨슈머 없는 파티션 시간 { $unowned }
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
sim-assumed-dropped-topic = { $at } 시점의 작업은 뺍니다: 덤프에 파티션이 { $partitions }개보다 적은 { $topic } 토픽이 없습니다
sim-assumed-dropped-host = { $at } 시점의 작업은 뺍니다: 덤프에 보이지 않는 대상({ $target })을 가리킵니다

# 프리셋(lagscope simulate --list, 플레이그라운드).
preset-slow-a-server = shared/seeds/000: 18:00에 메시지 1,200,000건이 토픽 5개 × 파티션 20개로 들어오고, 서버 4대가 각각 concurrency 5인 컨슈머를 하나씩 띄워 읽으며 배치마다 커밋합니다. A 서버는 초당 10건(시간당 36,000건)보다 빨리 처리하지 못해 500건짜리 배치 하나에 스레드마다 약 250초가 걸리고, 가끔은 max.poll.interval.ms보다 오래 걸립니다. 그러면 그 스레드는 그룹을 떠나고 커밋은 CommitFailedException으로 실패합니다. 엔지니어들이 A 서버 로그에서 찾은 단서가 바로 이것입니다. B, C, D 서버는 첫 한 시간 안에 자기 몫을 다 처리하고 한가해지지만, A 서버의 파티션에는 일곱 시간 동안 랙이 남습니다.
preset-poll-timeout-storm = shared/seeds/002: 파티션 24개, 레플리카 4개 × concurrency 3, max.poll.records 500, max.poll.interval.ms 300,000, 배치마다 커밋(Spring의 AckMode.MANUAL). 푸시 약 1,400건 중 1건은 타임아웃이 없는 OAuth 토큰 호출을 기다리는데, 이 호출은 프로세스를 재시작할 때까지 멈춰 있습니다. 리밸런싱이 끝날 때마다 멤버들은 배치 한두 개를 커밋한 뒤 저마다 멈춘 호출을 만나고, 마지막 poll 후 300초가 지나면 그룹을 떠나 그룹에는 컨슈머가 남지 않습니다. 랙은 조금 줄었다가 다시 늘어납니다. 30분의 재시작(시드의 rollout)에서도 같은 일이 되풀이되고, 멈춘 스레드가 보냈던 푸시는 다시 보내집니다. max.poll.interval.ms를 600,000으로 올려도 이탈 시점이 600초로 밀릴 뿐이며, 호출에 제한 시간을 두어야 끝납니다.
preset-poll-timeout-storm-fixed = shared/seeds/002의 튜닝: 토큰 호출에 제한 시간을 둔 뒤(여기서는 30초 타임아웃) max.poll.records를 500에서 50으로 낮춥니다. 호출이 타임아웃된 50건짜리 배치도 1분이 채 걸리지 않아 max.poll.interval.ms 안에 넉넉히 들어오므로, 아무도 그룹을 떠나지 않고 커밋이 성공하며 랙이 줄어듭니다. max.poll.records만 낮춰서는 소용이 없었을 것입니다: 15분 동안 멈추는 호출은 어떤 배치 크기보다도 오래 걸립니다.
preset-poll-timeout-storm-call-timeout = 시드의 실제 해결책(shared/seeds/002): OAuth 토큰 호출에 10초 타임아웃을 두고 나머지는 그대로 둡니다(max.poll.records 500, max.poll.interval.ms 300,000). 실패하는 호출을 만난 배치는 15분이 아니라 10초만 더 걸리므로, 아무도 그룹을 떠나지 않고 랙이 줄어듭니다.
preset-rolling-deploy = 인스턴스 4개(각각 컨슈머 3개, eager 프로토콜과 range 할당자)의 롤링 배포: 멈추는 인스턴스는 모두 LeaveGroup을 보내고 교체 인스턴스는 모두 그룹에 참여하므로, 그룹은 인스턴스마다 한 번 이상 리밸런싱하고 리밸런싱할 때마다 컨슈머 12개가 모두 멈춥니다.
preset-blue-green-deploy = 같은 그룹을 블루-그린 방식으로 배포합니다: 새 인스턴스 4개가 기존 인스턴스 옆에서 부팅한 뒤, 한 번의 전환으로 기존 컨슈머를 모두 멈추고 새 컨슈머를 모두 시작하므로 그룹은 한 번만 리밸런싱합니다.
preset-rolling-deploy-static = 정적 멤버십(group.instance.id)을 쓰고 교체 인스턴스가 session.timeout.ms 안에 시작하는 롤링 배포: LeaveGroup도 리밸런싱도 없이, 각 인스턴스의 파티션은 재시작하는 동안 그냥 기다립니다.
preset-rolling-deploy-kip848 = KIP-848 consumer 프로토콜(uniform 할당자)에서의 롤링 배포: 이탈과 참여 때마다 그룹 에포크가 오르고, 파티션이 옮겨 가는 멤버만 잠시 멈춥니다. 그룹 전체가 멈추는 일은 없습니다.
preset-scale-out-eager = 바쁜 그룹에 eager 프로토콜(range)로 인스턴스 2개가 참여합니다: 모든 멤버가 모든 파티션을 회수하고, 가장 느린 배치가 끝날 때까지 아무도 다시 컨슘하지 못합니다.
preset-scale-out-cooperative = 같은 스케일 아웃을 cooperative-sticky로: 그룹이 리밸런싱하는 동안에도 멤버들은 파티션을 그대로 가지고 있고, 옮겨 가는 파티션만 잠시 멈추며, 두 번째 라운드에서 새 멤버에게 넘어갑니다.
preset-crash-and-session-timeout = 인스턴스 하나가 비정상 종료됩니다: 코디네이터에 이를 알리는 것이 없으므로 그 파티션은 그룹이 리밸런싱하기까지 session.timeout.ms(45초) 동안 기다리고, 마지막 자동 커밋 이후 처리한 레코드는 다시 처리됩니다.
preset-add-partitions = 토픽의 파티션이 24개에서 36개로 늘어납니다. classic 프로토콜의 리더는 다음 메타데이터 갱신(metadata.max.age.ms, 5분) 때 이를 알아채고, 그때까지 새 파티션은 아무도 읽지 않습니다. auto.offset.reset=latest이면 할당 전에 새 파티션에 쓰인 레코드는 건너뜁니다.
preset-more-members-than-partitions = 파티션 6개에 컨슈머 12개: 멤버 6개는 할 일이 없습니다. 파티션보다 컨슈머가 많아도 처리량은 늘지 않습니다.
preset-hot-key = 전체 레코드의 절반이 한 키를 달고 있고, 이 키는 파티션 7로 해시됩니다: 나머지 파티션 23개가 노는 동안 그 파티션의 컨슈머는 따라가지 못합니다.
preset-bench-24x12 = 벤치마크: 파티션 24개 × 멤버 12개, 초당 10,000건으로 1시간을 시뮬레이션합니다.

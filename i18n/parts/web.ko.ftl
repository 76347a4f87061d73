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
ui-loading-assignors = 할당 계산기를 불러오는 중…
ui-not-kept-too-large = 새로고침하면 사라집니다: { $size } MB — 보관 한도는 { $limit } MiB입니다. 보관하려면 JSON으로 내려받으세요.
ui-not-kept-refused = 새로고침하면 사라집니다: 브라우저가 저장을 거부했습니다({ $size } MB). 보관하려면 JSON으로 내려받으세요.

# 파일과 입력의 크기.
ui-size-mb = { $size } MB
ui-size-kb = { $size } KB
ui-size-b = { $size } B

# 입력.
ui-input-title = 입력
ui-input-label = 컨슈머 그룹 덤프
ui-input-hint = kafka-consumer-groups.sh 출력을 붙여 넣으세요(`date` 줄 사이에 여러 덤프를 넣으면 시간에 따른 변화를 볼 수 있습니다). 덤프, lag CSV, Grafana·Prometheus 내보내기, Burrow JSON 파일을 골라 넣거나 끌어다 놓아도 됩니다.
ui-sample-slow-host = 예제: 느린 서버
ui-sample-poll-storm = 예제: poll 타임아웃 폭풍
ui-choose-files = 파일 선택…
ui-clear = 지우기
ui-drop-here = 파일을 놓으면 불러옵니다
ui-files = 파일
ui-remove-file = { $name } 삭제
ui-pasted-text = 붙여 넣은 텍스트
ui-input-status = 줄: { $lines } · 그룹: { $groups } · 진단: { $diagnostics } · { $ms } ms
ui-detected = 감지된 형식
ui-reading = 읽는 중 { $done } / { $total }
ui-cancel = 취소
ui-analysis-cancelled = 분석을 취소했습니다. 아래 결과는 이전 입력의 결과입니다.
ui-analyse = 분석
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
ui-copy-share-link = 공유 링크 복사
ui-report-copied = 보고서를 Markdown으로 복사했습니다.
ui-link-copied = 링크를 복사했습니다. 모든 내용이 # 뒤에 압축되어 들어 있으며, 이 부분은 서버로 전송되지 않습니다.

# 심각도(분석 결과와 진단).
ui-severity-critical = 심각
ui-severity-warning = 경고
ui-severity-info = 정보
ui-severity-error = 오류

# 분석 결과.
ui-findings = 분석 결과
ui-findings-count = 분석 결과 ({ $count })
ui-no-findings = 해당하는 규칙이 없습니다. 주어진 데이터에서는 이상이 보이지 않습니다.
ui-rule-about = 이 규칙에 대해 · { $rule }
ui-rule-what = 내용
ui-rule-why = 중요한 이유
ui-rule-evidence = 근거
ui-rule-next = 확인할 것
ui-yes = 예
ui-no = 아니요

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
ui-fact-total-lag = 총 랙
ui-fact-behind = 지연 시간
ui-fact-trend = 추세
ui-fact-drains-in = 소진 예상
ui-fact-unknown-lag = 랙 미상
ui-coordinator = 코디네이터: { $coordinator }
ui-reported-total-lag = 도구가 보고한 총 랙(여기 나오지 않은 파티션 포함): { $lag }
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
ui-reason-burrow = 윈도 동안의 커밋 오프셋을 Burrow 방식으로 평가한 결과입니다.
ui-reason-no-members = 그룹에 활성 멤버가 없습니다. 아무도 소비하지 않으므로 컨슈머가 다시 참여하기 전까지 랙은 늘어나기만 합니다.
ui-reason-no-members-state = 그룹에 활성 멤버가 없습니다({ $state }). 아무도 소비하지 않으므로 컨슈머가 다시 참여하기 전까지 랙은 늘어나기만 합니다.
ui-reason-leave-storm = 멤버가 그룹을 반복해서 떠나고 있어, 리밸런싱 때마다 소비가 멈추고 같은 레코드를 중복 처리합니다({ $rule }).
ui-reason-burrow-blind = Burrow 판정은 { $status }이지만, 이전 커밋만 보기 때문에 소비할 멤버가 남아 있지 않다는 사실은 반영하지 못합니다.
ui-reason-rebalancing = 최신 덤프에서 그룹이 리밸런싱 중이었습니다({ $state }). eager 프로토콜이라면 리밸런싱이 끝날 때까지 아무도 소비하지 않습니다.
ui-reason-critical = Burrow 판정은 OK지만, 이 그룹에 대한 심각한 분석 결과가 있습니다: { $rule }.
ui-reason-needs-times = 스냅샷이 하나뿐입니다. 판정, 처리 속도, 추세에는 여러 시점의 덤프가 필요합니다(덤프 사이에 date 줄).
ui-drain-not-draining = 줄지 않음
ui-drain-never = 소진 불가: 소비 중인 멤버 없음
ui-drain-no-lag = 랙 없음
ui-rollups-none = 입력에 호스트나 멤버 정보가 없습니다(lag CSV나 메트릭 내보내기에는 들어 있지 않습니다).
ui-per-host = 호스트별
ui-per-member = 멤버별
ui-no-owner = (소유 멤버 없음)
ui-none = 없음
ui-list-more = { $list }, … (+{ $more })

# 표의 열과 도구.
ui-col-host = 호스트
ui-col-member = 멤버
ui-col-topic = 토픽
ui-col-partition = 파티션
ui-col-partitions = 파티션
ui-col-current-offset = 커밋 오프셋
ui-col-log-end-offset = 로그 끝 오프셋
ui-col-lag = 랙
ui-col-consumer-id = 컨슈머 ID
ui-col-client-id = 클라이언트 ID
ui-col-share = 비중
ui-col-consumed = 소비 속도
ui-col-assignment = 할당
ui-col-processed = 처리 건수
ui-col-first-interval = 첫 구간
ui-col-last-interval = 마지막 구간
ui-col-peak = 최대
ui-col-mean = 평균
ui-partitions-caption = 파티션
ui-filter-placeholder = 걸러 보기…
ui-filter-label = { $caption } 걸러 보기
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
ui-chart-consumed-per-host = 시간에 따른 호스트별 소비 속도(건/초)
ui-chart-host-counts = 호스트별 처리 건수(구간별)
ui-chart-heatmap = 랙 히트맵: 파티션 × 시간
ui-chart-assignment = 할당: 멤버와 파티션
ui-chart-empty-one-snapshot-lag = 스냅샷이 하나뿐입니다. 시간에 따른 랙을 보려면 여러 시점의 덤프(덤프 사이에 date 줄)나 lag CSV, 메트릭 내보내기가 필요합니다.
ui-chart-empty-no-partitions = 입력에 이 그룹의 시간별 파티션 오프셋이 없습니다(멤버 목록이나 그룹 합계뿐입니다).
ui-chart-empty-one-snapshot-members = 스냅샷이 하나뿐입니다. 시간에 따른 멤버 수를 보려면 여러 시점의 덤프가 필요합니다.
ui-chart-empty-no-members = 입력에 시간별 멤버 정보가 없습니다(lag CSV나 메트릭 내보내기에는 멤버가 없습니다).
ui-chart-empty-one-snapshot-consumed = 스냅샷이 하나뿐입니다. 호스트별 소비량을 보려면 여러 시점의 덤프가 필요합니다.
ui-chart-empty-no-hosts = 입력에 시간별 호스트 정보가 없습니다(lag CSV나 메트릭 내보내기에는 호스트가 없습니다).
ui-chart-empty-no-counts = 표에 건수가 없습니다.
ui-chart-empty-no-assignment = 최신 덤프에서 파티션을 가진 멤버가 없습니다(또는 입력에 멤버 정보가 없습니다).
ui-heatmap-scale = { $min } … { $max } (로그 척도)
ui-axis-time = 시각: { $zone }
ui-zone-stated = { $name } ({ $offset })
ui-zone-bare = { $zone }
ui-zone-assumed-utc = UTC(입력에 시간대 표시 없음)
ui-zone-as-printed = 표에 적힌 그대로(시간대 표시 없음)
ui-zone-hours-only = 표에 적힌 시각 그대로(날짜와 시간대 표시 없음)

# 실습.
pg-title = 실습: 컨슈머 그룹 시뮬레이션
pg-hint = 사례의 장애와 가정 상황을 다시 돌려 봅니다. 같은 시나리오와 시드는 여기서도 `lagscope simulate`에서도 항상 같은 결과를 냅니다. 설정을 바꿔 다시 실행하면 배포 전에 해결책을 시험해 볼 수 있습니다.
pg-scenario = 시나리오
pg-seed = 시드
pg-assignor = 할당 전략
pg-static-membership = 정적 멤버십(group.instance.id)
pg-commits = 커밋 방식
pg-commit-auto = 자동 커밋
pg-commit-sync-per-batch = 배치마다 commitSync
pg-commit-sync-per-record = 레코드마다 commitSync
pg-commit-async-per-batch = 배치마다 commitAsync
pg-from-dump = 분석 화면의 그룹에서 시작
pg-no-group-in-analyze = 분석 화면에 파티션이 있는 그룹이 없습니다(--describe의 오프셋 출력이 필요합니다).
pg-whole-scenario = 전체 시나리오(JSON, 스키마는 docs/simulator.md 참고)
pg-run = 실행
pg-simulating = 시뮬레이션 중…
pg-results-title = { $scenario } · 시드 { $seed }
pg-analyze-dumps = 이 덤프 분석하기
pg-dumps = 덤프
pg-rebalances = 리밸런싱
pg-members-left = 이탈한 멤버
pg-processed-twice = 중복 처리
pg-failed-commits = 커밋 실패
pg-lag-start-max-end = 총 랙: 처음 → 최대 → 끝
pg-unowned-time = 컨슈머 없이 보낸 파티션 시간
pg-chart-label = 시간에 따른 총 랙과 멤버 수
pg-chart-lag = 총 랙(레코드)
pg-chart-members = 그룹 멤버 수
pg-chart-minutes = 경과 시간(분)
pg-every-group = 이 토픽을 읽는 모든 그룹
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
pg-event-stalled = 외부 호출 대기
pg-event-deploy = 배포

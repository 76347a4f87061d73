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
report-flag = { $value ->
    [true] 예
   *[false] 아니요
}

report-timeline = 타임라인
report-total-lag-of = { $group }의 전체 랙:
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
report-hosts-of = { $group }의 호스트:
report-partitions = 파티션
report-lag = 랙
report-share-of-lag = 랙 비중

# `lagscope parse`(--json 없이): 입력 형식, 그룹별 한 줄, 진단.
cli-source = 입력 형식: { $tool }
cli-source-with-hint = 입력 형식: { $tool } ({ $hint })
cli-source-not-recognised = 인식하지 못함
cli-column-group = 그룹
cli-column-partitions = 파티션
cli-column-members = 멤버
cli-column-total-lag = 전체 랙
cli-column-state = 상태
cli-unnamed-group = (이름 없음)
cli-diagnostics = 진단 { $count }건:
cli-diagnostic-line = { $line }행: { $severity }: { $message }
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
cli-column-expected-field-column = --column { $column }: FIELD=COLUMN 형식으로 지정하세요
cli-column-unknown-field = --column { $column }: 알 수 없는 필드 "{ $field }"입니다. time, group, topic, partition, lag, current_offset, log_end_offset, host 중 하나를 지정하세요
cli-at-per-file = 파일마다 --at TIME을 하나씩 지정하세요 (파일 { $files }개, 시각 { $times }개)
cli-at-expected-time = --at { $time }: ISO 8601, `date` 출력 또는 epoch 초/밀리초 형식이어야 합니다

## analysis
# 시간에 따른 랙: 시계열 입력 읽기, 입력을 무엇으로 읽었는지, Burrow 판정, 초 단위 지연,
# CLI의 분석 요약.

# 시계열 입력에서 읽지 못한 줄.
series-csv-expected-series-time-value = `Series`, `Time`, `Value` 칸이 있어야 합니다
series-csv-not-a-row = CSV 행으로 읽을 수 없습니다: { $error }
series-csv-expected-time-in-column = "{ $column }" 열에 시각이 있어야 합니다
series-csv-expected-partition = 파티션은 정수여야 합니다
series-labels-missing = 시리즈 "{ $series }"에 topic, partition 레이블이 없습니다
series-expected-time-found = 시각을 읽을 수 없습니다: "{ $found }"
series-host-table-expected-moment = 앞쪽 열에 날짜와 시(또는 시각)가 있어야 합니다
series-host-table-expected-host = 첫 번째 열에 호스트 이름이 있어야 합니다
series-msk-expected-time = 첫 번째 열에 타임스탬프가 있어야 합니다
series-prometheus-error = Prometheus가 오류를 응답했습니다: { $error ->
    [unknown] 알 수 없는 오류
   *[other] { $error }
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
workbench-read-as-single-snapshot-tool-hint = 단일 스냅샷: { $tool } · { $hint }
workbench-read-as-single-snapshot-tool = 단일 스냅샷: { $tool }
workbench-read-as-single-snapshot-unknown = 단일 스냅샷(알 수 없는 형식)
workbench-read-as-snapshot-at = { $time } 시점의 스냅샷

# Burrow 파티션 규칙: 어떤 규칙이 판정했는지와 비교한 값. Burrow의 상태(OK, WARN, STOP, STALL,
# REWIND)와 설정 이름(minimum-complete)은 그대로 둡니다.
burrow-no-commits = 윈도우에 커밋이 없습니다
burrow-incomplete = complete { $complete } < minimum-complete { $minimum_complete }: Burrow는 다 채워지지 않은 윈도우를 OK로 둡니다
burrow-lag-within-allowed = 현재 랙 { $current_lag } ≤ 허용 랙 { $allowed_lag }
burrow-stop = 현재 − 마지막 커밋 = { $since_last_commit } > 마지막 − 첫 커밋 = { $span }이고, 최근 브로커 오프셋({ $broker_offsets ->
    [0] 없음
   *[other] { $broker_offsets }
}) 중 마지막 커밋 오프셋 { $last_offset } 이하인 값이 없습니다
burrow-rewind = 커밋 { $index }에서 오프셋 { $offset } < 이전 { $previous }이고, 이후 어떤 커밋도 다시 { $previous }에 도달하지 못했습니다
burrow-lag-zero-in-window = 윈도우 안에 랙이 허용 랙 { $allowed_lag } 이하인 커밋이 있습니다
burrow-stall = 랙이 { $current_lag }인데 커밋 { $count }개가 모두 오프셋 { $offset }에 머물러 있습니다
burrow-lag-not-decreasing = 커밋 시점의 랙이 한 번도 줄지 않았습니다: { $lags }
burrow-ok = 멈추지 않았고(현재 − 마지막 { $since_last_commit } ≤ 구간 { $span }, 또는 최근에 따라잡음), 되감김이 없으며, 오프셋이 움직이고 랙이 줄어든 구간이 있습니다

# 초 단위 지연.
time-lag-exact = { $duration }
time-lag-at-least = ≥ { $duration }

# --json 없는 `lagscope analyze`: 입력별로 무엇으로 읽었는지, 이어서 분석 결과.
analyze-read-as = { $name }: 입력 형식 { $read_as }
analyze-read-as-untimed = { $name }: 입력 형식 { $read_as }. 타임스탬프가 없어 속도와 Burrow 판정을 낼 수 없습니다(여러 시점이 필요합니다). 덤프 사이에 `date` 줄을 넣거나 파일마다 --at TIME을 지정하세요.
analyze-samples = 샘플 { $count }개
analyze-unnamed-group = (이름 없음)
analyze-host-throughput = 호스트 { $host } 처리 { $total }건(전체의 { $share })  첫 구간 { $first }  마지막 { $last }  최대 { $peak }  평균 { $mean }
analyze-group = { $group }  Burrow: { $status }  랙 { $first_lag } → { $last_lag }  소비 { $consumed }  생산 { $produced }
analyze-group-host = 호스트 { $host } 파티션 { $partitions }개  랙 { $lag }  (그룹 랙의 { $share })  소비 { $consumed }
analyze-reported = 보고값 { $metric } { $series }: { $first } → { $last } (최대 { $max })
analyze-partition = { $partition } { $status } 랙 { $first_lag } → { $last_lag }  소비 { $consumed }  생산 { $produced }  지연 { $behind }  { $rule }

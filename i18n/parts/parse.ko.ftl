## parse
# 파서의 진단 메시지(crates/lagscope-core/src/parse). 줄 번호와 행에서 인용한 오프셋은 입력에 적힌
# 그대로(자릿수 구분 기호 없이) 넘어옵니다.

# 행과 헤더.
diag-wrapped-row = { $first }번 줄과 { $second }번 줄은 콘솔이 줄바꿈한 하나의 행입니다: 이어 붙여 읽었습니다
diag-wrapped-header = { $first }번 줄과 { $second }번 줄은 콘솔이 줄바꿈한 하나의 헤더입니다: 이어 붙여 읽었습니다
diag-row-cut-short = 행이 중간에 잘렸습니다: { $missing } 값은 알 수 없습니다(남아 있는 셀은 읽었습니다)
diag-no-table-open = 열려 있는 표가 없습니다
diag-row-too-few-columns = 열이 { $expected }개({ $names })여야 하는데 { $found }개입니다
diag-row-without-numbers = "{ $names }" 표의 행이 아닙니다: 표에 있어야 할 숫자가 하나도 없습니다
diag-row-shapes-mismatch = 열 { $expected }개({ $names })의 형식에 맞아야 하는데, 값 { $found }개가 맞지 않습니다
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
diag-lag-disagrees = 출력된 LAG 값({ $printed })이 계산 값(LOG-END-OFFSET − CURRENT-OFFSET = { $log_end } − { $current } = { $computed })과 다릅니다. 출력된 값을 그대로 둡니다
diag-lag-overflow = 오버플로
diag-lag-negative = LAG 값이 음수입니다: 커밋된 오프셋이 LOG-END-OFFSET보다 큽니다(LOG-END-OFFSET이 오래된 값이거나 로그가 잘린 경우). 출력된 값을 그대로 둡니다
diag-partition-without-topic = 토픽이 없는 파티션 행입니다: 표에 토픽 열이 없고, 표 위에도 토픽 이름이 없습니다
diag-partition-replaced = 그룹 { $group }의 { $topic }-{ $partition } 파티션이 이미 { $previous_line }번 줄에서 다른 오프셋으로 나왔습니다. 이 행의 값으로 대체합니다
diag-group-quoted = '{ $group }'
diag-group-unnamed = (이름 없음)

# 아무것도 읽지 못한 줄.
diag-loose-word = "{ $word }": 인식할 수 있는 행이나 메시지가 아닙니다. 행 앞에 표 헤더가 있어야 합니다
diag-unread-line = 인식할 수 있는 헤더, 행, 메시지가 아닙니다: 행 앞에 "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID" 같은 표 헤더가 있어야 합니다
diag-binary-file = 텍스트가 아닌 바이너리 파일입니다. lagscope는 kafka-consumer-groups.sh, rpk, kafkactl, Confluent CLI, Burrow 또는 메트릭 익스포트가 출력한 내용을 읽습니다({ $line }번 줄에 텍스트에는 없는 바이트가 있습니다)
diag-nothing-recognised = 이 입력에서 인식한 내용이 없습니다: { $looks }. 시도한 형식: kafka-consumer-groups.sh(모든 버전과 보기), kafka-share-groups.sh, kafka-streams-groups.sh, rpk, kafkactl, Confluent CLI, Burrow JSON, Prometheus 메트릭, kafka-ui. `lagscope analyze`는 랙 CSV, Grafana·CloudWatch·Prometheus query_range 익스포트, 타임스탬프 사이의 덤프, 호스트 × 시간 표도 시도합니다
# 읽지 못한 입력이 무엇처럼 보이는지(diag-nothing-recognised의 `looks`).
diag-looks-like-json = JSON처럼 보이지만 Burrow, Confluent CLI, kafkactl, kafka-ui, Prometheus API의 문서가 아닙니다
diag-looks-like-table = 첫 줄의 셀이 { $cells }인 표로 보이지만, 알려진 도구의 헤더 중 이런 헤더는 없습니다
diag-looks-like-prose = 도구의 출력이 아니라 일반 글이나 로그 줄로 보입니다

# 도구가 출력한 메시지. `error`는 도구가 출력한 원문 그대로입니다.
diag-group-does-not-exist = 도구에 따르면 컨슈머 그룹 '{ $group }'이(가) 존재하지 않습니다
diag-rpk-error = rpk가 오류를 보고했습니다: { $error }
diag-tool-error = 도구가 오류를 보고했습니다: { $error }
diag-tool-error-explained = 도구가 오류를 보고했습니다: { $error } — { $advice }
diag-tool-error-command-failed = 컨슈머 그룹 명령 실행 실패: { $detail }
diag-tool-error-missing-or-rebalancing = 컨슈머 그룹 '{ $group }'이(가) 없거나 리밸런싱 중입니다
# 알려진 오류의 원인과 조치(diag-tool-error-explained의 `advice`).
diag-cause-group-not-found = 이 클러스터에 해당 그룹이 없습니다(Kafka 4 브로커는 GROUP_ID_NOT_FOUND로 응답합니다). 그룹 id와 클러스터를 확인하십시오
diag-cause-state-needs-2-6 = --state 옵션은 2.6 이상의 브로커가 필요합니다. --state를 빼거나 브로커 버전에 맞는 도구를 사용하십시오
diag-cause-unsupported-version = 이 요청에 대해 도구와 브로커가 공통으로 지원하는 프로토콜 버전이 없습니다. 브로커 버전 이상의 클라이언트를 사용하십시오
diag-cause-schema = 이 도구 버전으로는 그룹의 할당 정보를 읽을 수 없습니다. 브로커 버전 이상(컨슈머가 쓰는 assignor의 버전 이상)의 클라이언트를 사용하십시오
diag-cause-group-authorization = 이 사용자에게 그룹을 조회할 권한이 없습니다. 그룹과 그 토픽에 DESCRIBE 권한을 부여하거나, 권한이 있는 자격 증명을 사용하십시오
diag-cause-topic-authorization = 이 사용자에게 그룹의 토픽이나 클러스터를 조회할 권한이 없습니다. 토픽에 DESCRIBE 권한을 부여하십시오
diag-cause-authentication = 인증에 실패했습니다. --command-config로 넘긴 SASL 설정을 확인하십시오
diag-cause-tls-handshake = TLS 핸드셰이크에 실패했습니다. --command-config의 truststore와 security.protocol을 확인하십시오
diag-cause-not-plain-protocol = 도구가 받은 응답이 Kafka의 평문 프로토콜이 아닙니다(대개 TLS나 SASL 리스너). 해당 리스너의 security.protocol을 담은 --command-config를 지정하십시오
diag-cause-coordinator-not-available = 그룹 코디네이터를 사용할 수 없습니다(해당 __consumer_offsets 파티션이 오프라인이거나 이동 중). 다시 시도하고, 브로커와 __consumer_offsets 상태를 확인하십시오
diag-cause-not-coordinator = 도구가 조회하는 사이에 그룹 코디네이터가 바뀌었습니다. 다시 시도하십시오
diag-cause-coordinator-loading = 재시작이나 리더 변경 후 코디네이터가 아직 그룹의 오프셋을 불러오는 중입니다. 잠시 후 다시 시도하십시오
diag-cause-timeout = 도구가 제시간에 응답을 받지 못했습니다. --bootstrap-server, 네트워크, 브로커의 advertised listeners를 확인하거나 --timeout을 늘리십시오
diag-cause-reset-needs-inactive = 오프셋은 그룹에 활성 멤버가 없을 때만 리셋할 수 있습니다. 그룹의 컨슈머를 모두 멈춘 뒤(상태가 Empty여야 합니다) 리셋을 다시 실행하십시오
diag-cause-not-a-share-group = 이 그룹은 share 그룹이 아닙니다. kafka-consumer-groups.sh(또는 kafka-streams-groups.sh)를 사용하십시오
diag-cause-not-a-consumer-group = 이 그룹은 share 그룹이나 streams 그룹입니다. kafka-share-groups.sh나 kafka-streams-groups.sh를 사용하십시오
diag-cause-no-protocol-type = 이 그룹은 오프셋만 커밋하고 멤버 프로토콜이 없습니다(Flink, Spark, 수동 assign()). 오프셋을 보여 주는 0.10.2 이상의 도구로 조회하십시오
diag-cause-group-not-empty = 그룹에 아직 활성 멤버가 있습니다. 그룹이나 그 오프셋을 삭제하기 전에 컨슈머를 멈추십시오
diag-cause-invalid-group-id = 그룹 id가 올바르지 않습니다. 철자를 확인하십시오(빈 id는 허용되지 않습니다)
diag-cause-rebalancing = 도구가 조회하는 동안 그룹이 리밸런싱 중이었습니다. 그룹이 Stable이 되면 명령을 다시 실행하십시오
diag-cause-usage = 명령줄이 불완전하거나 잘못되었습니다. 도구가 함께 출력한 사용법을 확인하십시오

# JSON 문서.
diag-json-read-by-line = 입력이 JSON처럼 시작하지만 줄 단위로 읽었습니다: { $reason }
diag-json-trailing-text = JSON 문서 뒤에 { $line }번 줄부터 다른 텍스트가 이어집니다
# `detail`은 JSON 리더가 쓴 원문 설명이고, `kind`는 eof, syntax, data, io 중 하나입니다.
diag-json-invalid = 올바른 JSON 문서가 아닙니다({ $line }번 줄 { $column }번째 문자: { $kind ->
    [eof] 문서가 끝나기 전에 입력이 끝났습니다
   *[other] { $detail }
})
diag-json-invalid-nowhere = 올바른 JSON 문서가 아닙니다({ $kind ->
    [eof] 문서가 끝나기 전에 입력이 끝났습니다
   *[other] { $detail }
})
diag-json-unknown-document = lagscope가 알지 못하는 JSON 문서입니다: Burrow, Confluent CLI, kafkactl, Prometheus API의 JSON이어야 합니다
diag-confluent-row-skipped = 토픽이나 파티션이 없는 Confluent CLI 랙 행을 건너뛰었습니다
diag-burrow-error = Burrow가 오류로 응답했습니다: { $message } ({ $url }). 그룹이나 클러스터를 찾을 수 없다는 응답이면, 이름이 맞는지와 Burrow의 클러스터 설정에 포함되어 있는지 확인하십시오
diag-burrow-error-for-group = Burrow가 컨슈머 그룹 '{ $group }'에 대해 오류로 응답했습니다: { $message } ({ $url }). 그룹이나 클러스터를 찾을 수 없다는 응답이면, 이름이 맞는지와 Burrow의 클러스터 설정에 포함되어 있는지 확인하십시오
diag-burrow-no-message = 메시지 없는 오류
diag-json-line-break-removed = JSON 문자열 안의 줄바꿈({ $first }번 줄과 { $second }번 줄 사이)을 제거했습니다
diag-json-cut-off = { $first }번 줄에서 시작하는 JSON 문서가 { $cut }번 줄에서 잘렸습니다: 마지막으로 온전한 요소까지 읽었습니다
diag-json-text-around = JSON 주변의 텍스트 { $count }줄({ $total }줄 중 { $first }–{ $last }번 줄)은 읽지 않았습니다

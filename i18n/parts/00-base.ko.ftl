# lagscope in Korean. Every id here exists in en.ftl with the same arguments (tests/l10n.rs).

unknown = 알 수 없음

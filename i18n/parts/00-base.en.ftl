# lagscope in English. Every id here exists in ko.ftl with the same arguments (tests/l10n.rs).

unknown = unknown

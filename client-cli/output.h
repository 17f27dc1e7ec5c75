// What `relais` prints: one JSON object per line with --json, short readable lines otherwise.
// Text from the network (messages, pseudonyms) is made safe for a terminal before printing.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "core/engine/events.h"
#include "core/engine/resources.h"

namespace relais::cli {

// Replaces what could rewrite a terminal or mislead a reader: control characters (C0 except
// newline and tab, DEL, C1), bidirectional overrides, and bytes that are not UTF-8.
std::string terminal_safe(std::string_view text);
// "2026-11-24 14:03", local time.
std::string local_time(uint64_t ms);
// A schedule's "2026-12-08 14:00" (Brussels time, as the engine gives it) spelt out in the spoken
// language for a sentence: "Tuesday 8 December 2026 at 14:00", "mardi 8 décembre 2026 à 14:00".
// Anything else is returned as is. --json keeps the ISO form.
std::string spelt_date(std::string_view iso);
// 60 digits as 12 groups of 5, four groups a line, each line indented by `indent`.
std::string group_digits(std::string_view digits, std::string_view indent);

// A person as the terminal shows them: the engine's Person, and the name (with mark) of the one
// their name reads like, when it does.
struct Who {
  engine::Person person;
  std::string looks_like;  // "Amira#k3fq"; empty when person.looks_like is
};
// "~amira#k3fq" (a pseudonym) or "Amira#k3fq" (a contact's name), then the badge or warnings:
// " [verified]", " [IDENTITY KEY CHANGED: compare the safety number]",
// " [name like Amira#k3fq: may not be them]".
std::string shown(const Who& who);

// How the terminal shows an account (commands.cpp's who_of over the engine).
using WhoOf = std::function<Who(const AccountId&)>;

// A language as relais-qt names it: French, Dutch and English in the person's language, any
// other in itself ("español", "română").
std::string language_words(std::string_view code);

// The sentence for a person whose language the relay does not offer (relaisd
// --interface-languages): which one relais speaks instead.
std::string language_off_sentence(std::string_view asked);

class Printer {
 public:
  Printer(std::ostream& out, bool json) : out_(out), json_(json) {}
  bool json() const { return json_; }
  // Where a line names someone by id only (reports, the moderation log, ticket lists), this
  // gives their name, mark, badge and warnings; without it, the id alone.
  void people(WhoOf who_of) { who_of_ = std::move(who_of); }
  // The organisations' names by id, for the sentences that name one ("Espace P…", not
  // "espace-p"); an id without a name is shown as it is. Commands keep their ids.
  void organisations(std::map<std::string, std::string, std::less<>> names) {
    org_names_ = std::move(names);
  }

  void registered(std::string_view id, std::string_view name, std::string_view fingerprint,
                  std::string_view server);
  void whoami(std::string_view id, std::string_view name, std::string_view fingerprint);
  void contact_added(std::string_view name, std::string_view id, bool replaced);
  void contact(std::string_view name, std::string_view id);
  void no_contacts();
  void sent(std::string_view to, std::string_view to_id, std::string_view message_id_hex,
            uint64_t ts);
  // from: the contact's name, or the pseudonym inside the message when `is_contact` is false.
  void direct_message(std::string_view from, std::string_view from_id, bool is_contact,
                      std::string_view text, uint64_t ts);
  void no_messages();
  void room(std::string_view id, std::string_view name, std::string_view policy, uint32_t members,
            bool joined);
  void joined(std::string_view room, bool pending = false);
  void left(std::string_view room);
  void member(std::string_view id, std::string_view name, std::string_view role);
  // With the mark, the badge and the warnings (also in --json: mark, verified, key_changed,
  // looks_like, looks_like_name).
  void member(const Who& who, std::string_view role);
  void direct_message(const Who& from, std::string_view text, uint64_t ts);
  void room_message(std::string_view room, uint64_t seq, const Who& from, std::string_view text,
                    uint64_t ts, bool alert = false);
  // verify / accept-key: how the person now stands.
  void person_status(const Who& who, std::string_view action);
  void said(std::string_view room, uint64_t seq, uint64_t ts);
  void room_message(std::string_view room, uint64_t seq, std::string_view from,
                    std::string_view from_id, std::string_view text, uint64_t ts,
                    bool alert = false);
  // by_id, target_seq, until_ms and role only where the event has them (empty or 0 otherwise).
  void room_event(std::string_view room, uint64_t seq, std::string_view event,
                  std::string_view who_id, std::string_view who_name, uint64_t ts,
                  std::string_view by_id = {}, uint64_t target_seq = 0, uint64_t until_ms = 0,
                  std::string_view role = {}, bool about_you = false);
  // about_you: the event concerns the person reading: told to her in her own words ("A
  // moderator banned you from #liege: …"), and "about_you": true in --json.
  // yours: the removed message was her own.
  void room_removed(std::string_view room, uint64_t seq, bool yours = false);
  // Moderation and administration.
  void done(std::string_view action, std::string_view room, std::string_view target);
  void pinned(std::string_view room, uint64_t seq, uint64_t duration_s);
  void invite(std::string_view code, uint64_t expires_ms, std::string_view room);
  void room_created(std::string_view room);
  void join_request(std::string_view room, std::string_view id, uint64_t since_ms);
  void no_join_requests(std::string_view room);
  void mod_log_entry(std::string_view room, const engine::ModLogItem& entry);
  void report_sent(std::string_view room, uint64_t seq, uint32_t recipients);
  void report(const engine::ReportView& report);
  void no_reports();
  // A report marked handled: by this moderator (`relais reports handled`), or by one of the
  // room's moderators (sync) — never saying which.
  void report_handled(const engine::ReportView& report, bool by_us = true);
  // How many handled reports `relais reports` left out (nothing when none).
  void handled_not_shown(size_t count);
  // Organisations and permanences.
  void org(const engine::OrgSpec& org);
  // "Chat permanences (times in Brussels time):" above a list of them.
  void permanences_header();
  void permanence(const engine::PermanenceView& p);
  void no_permanences();
  void ticket(const engine::TicketView& t, std::string_view worker_name = {});
  // After a waiting ticket shown by a one-shot command (knock, ticket): stay connected.
  void stay_connected();
  void languages_offered(const engine::event::LanguagesOffered& l);
  void door_closed(const engine::ClosedView& c);
  // The emergency numbers this device keeps (the cached directory), after a knock that could not
  // reach the relay: nobody is left without a number when it matters.
  void cached_emergency(const std::vector<engine::EmergencyNumber>& numbers);
  void queue_entry(std::string_view org, const engine::QueueItem& q);
  void empty_queue(std::string_view org);
  void conversation(const engine::TicketConversation& c, std::string_view peer_name = {},
                    bool taken_now = false);
  void no_conversations();
  void colleague(std::string_view org, const engine::Colleague& c);
  void no_colleagues(std::string_view org);
  void org_answered(std::string_view org, std::string_view message_id);
  void inbox_item(std::string_view org, const engine::InboxItem& i);
  void stats(const engine::StatsView& s);
  // `not_listed`: the relay refused to list it in the organisation's inbox (said in a sentence).
  void message_left(std::string_view org, std::string_view message_id, uint32_t copies,
                    const std::optional<engine::Failure>& not_listed = {});
  void handoff_offered(std::string_view ticket, std::string_view to_worker, std::string_view name);
  void ticket_closed(std::string_view ticket, engine::TicketEnd reason);
  void permanence_notice(const engine::event::PermanenceNotice& n);
  // A ticket's message (its own kind, never a direct message); `earlier`: from before a
  // handoff, passed on by the person. An out-of-hours message for an org, or (`answer`) the
  // organisation's answer to one.
  void ticket_message(std::string_view ticket, std::string_view from, std::string_view from_id,
                      std::string_view text, uint64_t ts, bool earlier = false,
                      bool from_worker = false);
  void org_message(std::string_view org, std::string_view from, std::string_view from_id,
                   std::string_view message_id, std::string_view text, uint64_t ts,
                   bool answer = false);
  // The resources directory; only entries for `city` when given. `permanences`: the relay's
  // schedules, shown with the organisation of the same id.
  void resources(const engine::ResourceDirectory& directory, std::string_view city,
                 const std::vector<engine::PermanenceView>& permanences = {});
  void safety_number(std::string_view name, std::string_view id, std::string_view digits);
  // With what to do about it, and whether they are verified already.
  void safety_number(const Who& who, std::string_view digits);

 private:
  Who who(const AccountId& id, std::string_view name_inside = {}) const;

  std::ostream& out_;
  bool json_;
  WhoOf who_of_;
  std::map<std::string, std::string, std::less<>> org_names_;
  std::string org_words(std::string_view org) const;
};

}  // namespace relais::cli

#include "core/wire/contract.h"

#include <gtest/gtest.h>

#include <string>

#include "core/crypto/digest.h"

namespace relais::wire {
namespace {

void expect_violation(const Check& check, Field field, Rule rule) {
  ASSERT_TRUE(check.has_value()) << "expected " << Field_Name(field) << " " << Rule_Name(rule);
  EXPECT_EQ(check->field(), field) << Field_Name(check->field());
  EXPECT_EQ(check->rule(), rule) << Rule_Name(check->rule());
  EXPECT_FALSE(describe(*check).empty());
}

// The signed texts are part of the protocol (docs/protocol.md): another implementation must be
// able to produce them byte for byte, so they are pinned here as literals.
TEST(Contract, ProofInputsAreTheDocumentedBytes) {
  const std::string nonce(kNonceBytes, '\x07');
  EXPECT_EQ(register_proof_input(nonce, "KEY"), "relais-register-v1" + nonce + "KEY");
  EXPECT_EQ(login_proof_input(nonce, std::string(16, 'a')),
            "relais-login-v1" + nonce + std::string(16, 'a'));
}

TEST(Contract, ProofOfWorkIsSolvedAndChecked) {
  const std::string nonce(kNonceBytes, '\x01');
  EXPECT_TRUE(proof_of_work_holds(nonce, "", 0));  // no work asked
  const std::string solved = solve_proof_of_work(nonce, 12);
  ASSERT_EQ(solved.size(), 8u);
  EXPECT_TRUE(proof_of_work_holds(nonce, solved, 12));
  EXPECT_GE(crypto::leading_zero_bits(crypto::sha256("relais-pow-v1" + nonce + solved)), 12);
  // Bound to the nonce: the same answer for another challenge almost never holds.
  int holds_elsewhere = 0;
  for (char c = 'a'; c <= 'z'; ++c) {
    holds_elsewhere += proof_of_work_holds(std::string(kNonceBytes, c), solved, 12) ? 1 : 0;
  }
  EXPECT_LE(holds_elsewhere, 1);
}

TEST(Contract, Ids) {
  EXPECT_TRUE(valid_id("brussels"));
  EXPECT_TRUE(valid_id("espace-p"));
  EXPECT_TRUE(valid_id(std::string(kMaxIdBytes, 'a')));
  EXPECT_FALSE(valid_id(std::string(kMaxIdBytes + 1, 'a')));
  EXPECT_FALSE(valid_id(""));
  EXPECT_FALSE(valid_id("Brussels"));
  EXPECT_FALSE(valid_id("liège"));
  EXPECT_FALSE(valid_id("a b"));
  EXPECT_FALSE(valid_id(std::string("a\0b", 3)));
  expect_violation(check_id(FIELD_ROOM, ""), FIELD_ROOM, RULE_MISSING);
  expect_violation(check_id(FIELD_ORG, "UTSOPI"), FIELD_ORG, RULE_MALFORMED);
  EXPECT_FALSE(check_id(FIELD_ORG, "utsopi"));
}

TEST(Contract, LanguagesTicketsAccounts) {
  EXPECT_TRUE(valid_language("fr"));
  EXPECT_FALSE(valid_language("FR"));
  EXPECT_FALSE(valid_language("fra"));
  EXPECT_FALSE(valid_language(""));
  EXPECT_TRUE(valid_ticket("abcdefgh"));
  EXPECT_FALSE(valid_ticket("abcdefg"));
  EXPECT_FALSE(valid_ticket("abcdefg!"));
  expect_violation(check_ticket("x"), FIELD_TICKET, RULE_MALFORMED);
  expect_violation(check_account(std::string(15, 'a')), FIELD_ACCOUNT, RULE_MALFORMED);
  EXPECT_FALSE(check_account(std::string(16, 'a')));
  expect_violation(check_message_id(""), FIELD_MESSAGE_ID, RULE_MALFORMED);
}

TEST(Contract, RoleGrants) {
  RoleGrant g;
  expect_violation(check(g), FIELD_ROLE, RULE_OUT_OF_RANGE);
  g.set_role(MODERATOR);
  expect_violation(check(g), FIELD_SCOPE, RULE_MISSING);
  g.set_scope("brussels");
  EXPECT_FALSE(check(g));
  g.set_role(ADMIN);
  expect_violation(check(g), FIELD_SCOPE, RULE_NOT_ALLOWED);
  g.clear_scope();
  EXPECT_FALSE(check(g));
  g.set_role(OUTREACH);
  g.set_scope("Espace P");
  expect_violation(check(g), FIELD_SCOPE, RULE_MALFORMED);
  g.set_role(MEMBER);  // not grantable
  g.set_scope("brussels");
  expect_violation(check(g), FIELD_ROLE, RULE_OUT_OF_RANGE);
}

TEST(Contract, RoomCreation) {
  RoomInfo r;
  r.set_room("night");
  r.set_name_fr("La nuit");
  r.set_name_nl("De nacht");
  r.set_policy(KNOCK);
  EXPECT_FALSE(check(r));
  auto bad = r;
  bad.set_name_nl("");
  expect_violation(check(bad), FIELD_ROOM_NAME, RULE_MISSING);
  bad = r;
  bad.set_name_fr(std::string(kMaxRoomNameBytes + 1, 'n'));
  expect_violation(check(bad), FIELD_ROOM_NAME, RULE_TOO_LONG);
  EXPECT_EQ(check(bad)->limit(), kMaxRoomNameBytes);
  bad = r;
  bad.set_policy(POLICY_UNSPECIFIED);
  expect_violation(check(bad), FIELD_POLICY, RULE_OUT_OF_RANGE);
  bad = r;
  bad.set_retention_s(kMaxRetentionS + 1);
  expect_violation(check(bad), FIELD_RETENTION, RULE_OUT_OF_RANGE);
  bad = r;
  bad.set_message_lifetime_s(kMaxRetentionS + 1);
  expect_violation(check(bad), FIELD_MESSAGE_LIFETIME, RULE_OUT_OF_RANGE);
  bad = r;
  bad.set_max_members(kMaxMembersCap + 1);
  expect_violation(check(bad), FIELD_MAX_MEMBERS, RULE_OUT_OF_RANGE);
  bad = r;
  bad.set_region("Liège");
  expect_violation(check(bad), FIELD_REGION, RULE_MALFORMED);
}

TEST(Contract, ModeratorActions) {
  ModAction a;
  expect_violation(check(a), FIELD_ACTION, RULE_OUT_OF_RANGE);
  a.set_kind(KICK);
  expect_violation(check(a), FIELD_ROOM, RULE_MISSING);
  a.set_room("liege");
  expect_violation(check(a), FIELD_ACCOUNT, RULE_MALFORMED);
  a.set_target(std::string(16, 't'));
  EXPECT_FALSE(check(a));
  a.set_kind(MUTE);
  a.set_duration_s(kMaxActionS + 1);
  expect_violation(check(a), FIELD_DURATION, RULE_OUT_OF_RANGE);
  ModAction pin;
  pin.set_kind(PIN);
  pin.set_room("liege");
  expect_violation(check(pin), FIELD_SEQ, RULE_MISSING);
  pin.set_seq(4);
  expect_violation(check(pin), FIELD_DURATION, RULE_MISSING);
  pin.set_duration_s(3600);
  EXPECT_FALSE(check(pin));
}

// Each kind is about an account, a message, or is no action at all (the log's own kinds, a
// number no enumerator has): never both, and never guessed from its place in the enum.
TEST(Contract, WhatAModeratorActionIsAbout) {
  for (auto kind : {APPROVE, REFUSE, KICK, BAN, UNBAN, MUTE}) {
    EXPECT_TRUE(about_account(kind)) << ModActionKind_Name(kind);
    EXPECT_FALSE(about_message(kind)) << ModActionKind_Name(kind);
  }
  for (auto kind : {REMOVE, PIN, UNPIN}) {
    EXPECT_TRUE(about_message(kind)) << ModActionKind_Name(kind);
    EXPECT_FALSE(about_account(kind)) << ModActionKind_Name(kind);
  }
  for (auto kind : {MOD_UNSPECIFIED, GRANT_ROLE, REVOKE_ROLE, static_cast<ModActionKind>(12),
                    static_cast<ModActionKind>(-1)}) {
    EXPECT_FALSE(about_account(kind)) << kind;
    EXPECT_FALSE(about_message(kind)) << kind;
    ModAction a;
    a.set_kind(kind);
    a.set_room("liege");
    a.set_target(std::string(16, 't'));
    a.set_seq(4);
    a.set_duration_s(60);
    expect_violation(check(a), FIELD_ACTION, RULE_OUT_OF_RANGE);
  }
}

TEST(Contract, Invites) {
  CreateInvite i;
  EXPECT_FALSE(check(i));  // a registration code, defaults
  i.set_uses(kMaxInviteUses + 1);
  expect_violation(check(i), FIELD_USES, RULE_OUT_OF_RANGE);
  i.set_uses(1);
  i.set_valid_for_s(kMaxInviteValidS + 1);
  expect_violation(check(i), FIELD_VALIDITY, RULE_OUT_OF_RANGE);
  i.set_valid_for_s(0);
  i.set_room("night");
  i.mutable_grants()->set_role(ADMIN);
  expect_violation(check(i), FIELD_GRANT, RULE_NOT_ALLOWED);
  i.clear_room();
  EXPECT_FALSE(check(i));
}

TEST(Contract, Organisations) {
  Org o;
  o.set_org("espace-p");
  o.set_name("Espace P");
  o.add_languages("fr");
  EXPECT_FALSE(check(o));
  auto bad = o;
  bad.set_name("");
  expect_violation(check(bad), FIELD_ORG_NAME, RULE_MISSING);
  bad = o;
  bad.set_description(std::string(kMaxDescriptionBytes + 1, 'd'));
  expect_violation(check(bad), FIELD_DESCRIPTION, RULE_TOO_LONG);
  bad = o;
  bad.set_contact(std::string(kMaxContactBytes + 1, 'c'));
  expect_violation(check(bad), FIELD_CONTACT, RULE_TOO_LONG);
  bad = o;
  bad.add_languages("french");
  expect_violation(check(bad), FIELD_LANGUAGES, RULE_MALFORMED);
  bad = o;
  for (size_t i = 0; i < kMaxLanguages; ++i) bad.add_languages("xx");
  expect_violation(check(bad), FIELD_LANGUAGES, RULE_TOO_MANY);
}

TEST(Contract, Slots) {
  Slot s;
  s.set_room("brussels");
  s.set_weekday(TUESDAY);
  s.set_start("14:00");
  s.set_end("15:00");
  EXPECT_FALSE(check(s));
  auto bad = s;
  bad.set_date("2026-12-24");
  expect_violation(check(bad), FIELD_DATE, RULE_NOT_ALLOWED);
  bad.set_weekday(WEEKDAY_UNSPECIFIED);
  EXPECT_FALSE(check(bad));  // a one-off slot
  bad.set_date("2026-02-30");
  expect_violation(check(bad), FIELD_DATE, RULE_MALFORMED);
  bad.clear_date();
  expect_violation(check(bad), FIELD_WEEKDAY, RULE_MISSING);
  bad = s;
  bad.set_weekday(static_cast<Weekday>(9));
  expect_violation(check(bad), FIELD_WEEKDAY, RULE_OUT_OF_RANGE);
  bad = s;
  bad.set_start("2pm");
  expect_violation(check(bad), FIELD_START, RULE_MALFORMED);
  bad = s;
  bad.set_end("13:00");
  expect_violation(check(bad), FIELD_END, RULE_OUT_OF_RANGE);
  bad = s;
  bad.set_start("24:00");
  bad.set_end("24:00");
  expect_violation(check(bad), FIELD_START, RULE_MALFORMED);
  bad = s;
  bad.set_end("24:00");  // until midnight
  EXPECT_FALSE(check(bad));
  bad = s;
  bad.clear_room();
  expect_violation(check(bad), FIELD_ROOM, RULE_MISSING);
}

TEST(Contract, SendsAndPosts) {
  Send send;
  send.set_to(std::string(16, 't'));
  send.set_message_id(std::string(16, 'm'));
  send.set_type(SEALED_MESSAGE);
  send.set_ciphertext("\x01" + std::string(kMinSealedBytes - 1, 'c'));
  EXPECT_FALSE(check(send));
  auto bad = send;
  bad.set_type(ENVELOPE_UNSPECIFIED);
  expect_violation(check(bad), FIELD_ENVELOPE_TYPE, RULE_OUT_OF_RANGE);
  // Unsealed libsignal messages would name no sender: the relay takes sealed envelopes only.
  for (auto unsealed : {PREKEY_MESSAGE, SIGNAL_MESSAGE}) {
    bad = send;
    bad.set_type(unsealed);
    expect_violation(check(bad), FIELD_ENVELOPE_TYPE, RULE_OUT_OF_RANGE);
  }
  bad = send;
  bad.clear_ciphertext();
  expect_violation(check(bad), FIELD_CIPHERTEXT, RULE_MISSING);
  bad = send;
  bad.set_ciphertext("\x01" + std::string(kMinSealedBytes - 2, 'c'));  // one byte short
  expect_violation(check(bad), FIELD_CIPHERTEXT, RULE_MALFORMED);
  bad = send;
  bad.set_ciphertext("\x02" + std::string(kMinSealedBytes - 1, 'c'));  // an unknown version
  expect_violation(check(bad), FIELD_CIPHERTEXT, RULE_MALFORMED);
  bad = send;
  bad.set_to("short");
  expect_violation(check(bad), FIELD_ACCOUNT, RULE_MALFORMED);

  PostRoom post;
  post.set_room("gent");
  post.set_message_id(std::string(16, 'm'));
  post.set_ciphertext("c");
  post.set_commitment(std::string(kCommitmentBytes, 'k'));
  EXPECT_FALSE(check(post));
  post.set_commitment("k");
  expect_violation(check(post), FIELD_COMMITMENT, RULE_MALFORMED);
}

TEST(Contract, DescribeSaysWhichFieldAndLimit) {
  EXPECT_EQ(describe(violation(FIELD_ROOM_NAME, RULE_TOO_LONG, 64)),
            "The room's name is longer than 64 bytes.");
  EXPECT_EQ(describe(violation(FIELD_ORG, RULE_MALFORMED)),
            "The organisation id is 1 to 32 lowercase letters, digits or '-'.");
  // An unknown field or rule from a newer peer still gives a sentence.
  EXPECT_FALSE(describe(violation(static_cast<Field>(999), static_cast<Rule>(999))).empty());
}

}  // namespace
}  // namespace relais::wire

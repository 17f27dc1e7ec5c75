#include "client-qt/core/admin_requests.h"

#include "client-qt/core/engine_host.h"
#include "client-qt/core/failure_text.h"
#include "core/engine/words.h"
#include "core/wire/contract.h"

namespace relais::qt {
namespace {

namespace ev = engine::event;

// The relay's limits (core/wire/contract.h), checked here so the form can say which field is off.
constexpr auto kMaxRoomNameBytes = static_cast<qsizetype>(wire::kMaxRoomNameBytes);
constexpr auto kMaxOrgNameBytes = static_cast<qsizetype>(wire::kMaxOrgNameBytes);
constexpr auto kMaxDescriptionBytes = static_cast<qsizetype>(wire::kMaxDescriptionBytes);
constexpr auto kMaxContactBytes = static_cast<qsizetype>(wire::kMaxContactBytes);
constexpr auto kMaxLanguages = static_cast<qsizetype>(wire::kMaxLanguages);
constexpr int kMaxUses = static_cast<int>(wire::kMaxInviteUses);
constexpr int kMaxValidDays = static_cast<int>(wire::kMaxInviteValidS / 86400);

std::string utf8(const QString& s) {
  return s.toUtf8().toStdString();
}

Error invalid(const QString& sentence) {
  return Error{Errc::invalid_argument, utf8(sentence)};
}

}  // namespace

bool isRelayId(const QString& id) {
  return wire::valid_id(utf8(id));
}

Result<AccountId> parseAccountId(const QString& text) {
  QString compact = text.trimmed().toLower();
  compact.remove(QLatin1Char(' '));
  auto id = compact.size() == 26 ? AccountId::from_text(utf8(compact)) : std::nullopt;
  if (!id || id->empty()) {
    return invalid(AdminRequests::tr("This is not a Relais id (26 letters and digits)."));
  }
  return *id;
}

Result<engine::RoleSpec> roleSpec(const QString& role, const QString& scope) {
  const QString s = scope.trimmed();
  if (role == QLatin1String("admin")) {
    if (!s.isEmpty())
      return invalid(AdminRequests::tr("The admin role is for the whole relay: give no room."));
    return engine::RoleSpec{engine::Role::admin, ""};
  }
  if (role == QLatin1String("moderator")) {
    if (!isRelayId(s))
      return invalid(AdminRequests::tr("Give the id of the room, such as brussels."));
    return engine::RoleSpec{engine::Role::moderator, utf8(s)};
  }
  if (role == QLatin1String("outreach")) {
    if (!isRelayId(s))
      return invalid(AdminRequests::tr("Give the id of the organisation, such as espace-p."));
    return engine::RoleSpec{engine::Role::outreach, utf8(s)};
  }
  return invalid(AdminRequests::tr("The role is moderator, outreach worker or admin."));
}

Result<std::vector<std::string>> parseLanguages(const QString& text) {
  std::vector<std::string> out;
  for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    const QString code = part.trimmed().toLower();
    if (code.isEmpty()) continue;
    const bool ok = code.size() == 2 && code[0] >= QLatin1Char('a') &&
                    code[0] <= QLatin1Char('z') && code[1] >= QLatin1Char('a') &&
                    code[1] <= QLatin1Char('z');
    if (!ok)
      return invalid(
          AdminRequests::tr("Languages are two-letter codes separated by commas: fr, nl, en."));
    out.push_back(utf8(code));
  }
  if (out.size() > kMaxLanguages)
    return invalid(AdminRequests::tr("Give at most %1 languages.").arg(kMaxLanguages));
  return out;
}

Result<engine::RoomSpec> roomSpec(const RoomForm& form) {
  if (!isRelayId(form.room.trimmed())) {
    return invalid(AdminRequests::tr("A room id is 1 to %1 lowercase letters, digits or '-'.")
                       .arg(wire::kMaxIdBytes));
  }
  const QString fr = form.name_fr.trimmed();
  const QString nl = form.name_nl.trimmed();
  if (fr.isEmpty() || nl.isEmpty())
    return invalid(AdminRequests::tr("A room needs a name in French and in Dutch."));
  if (fr.toUtf8().size() > kMaxRoomNameBytes || nl.toUtf8().size() > kMaxRoomNameBytes) {
    return invalid(AdminRequests::tr("A room name is at most %1 bytes.").arg(kMaxRoomNameBytes));
  }
  // The form's choice, as the words table names policies.
  const auto policy = engine::from_word<engine::JoinPolicy>(utf8(form.policy));
  if (!policy) return invalid(AdminRequests::tr("The join policy is open, knock or invite."));
  const QString region = form.region.trimmed();
  if (!region.isEmpty() && !isRelayId(region)) {
    return invalid(AdminRequests::tr("A region is a room id, such as brussels."));
  }
  engine::RoomSpec spec;
  spec.room = utf8(form.room.trimmed());
  spec.name_fr = utf8(fr);
  spec.name_nl = utf8(nl);
  spec.policy = *policy;
  spec.region = utf8(region);
  return spec;
}

Result<engine::OrgSpec> orgSpec(const OrgForm& form) {
  if (!isRelayId(form.org.trimmed())) {
    return invalid(
        AdminRequests::tr("An organisation id is 1 to %1 lowercase letters, digits or '-'.")
            .arg(wire::kMaxIdBytes));
  }
  const QString name = form.name.trimmed();
  if (name.isEmpty() || name.toUtf8().size() > kMaxOrgNameBytes) {
    return invalid(
        AdminRequests::tr("An organisation's name is 1 to %1 bytes.").arg(kMaxOrgNameBytes));
  }
  if (form.description.toUtf8().size() > kMaxDescriptionBytes) {
    return invalid(
        AdminRequests::tr("A description is at most %1 bytes.").arg(kMaxDescriptionBytes));
  }
  if (form.contact.toUtf8().size() > kMaxContactBytes) {
    return invalid(AdminRequests::tr("A contact line is at most %1 bytes.").arg(kMaxContactBytes));
  }
  RELAIS_TRY_ASSIGN(std::vector<std::string> languages, parseLanguages(form.languages));
  const QString region = form.region.trimmed();
  if (!region.isEmpty() && !isRelayId(region)) {
    return invalid(AdminRequests::tr("A region is a room id, such as brussels."));
  }
  engine::OrgSpec spec;
  spec.org = utf8(form.org.trimmed());
  spec.name = utf8(name);
  spec.description = utf8(form.description.trimmed());
  spec.languages = std::move(languages);
  spec.contact = utf8(form.contact.trimmed());
  spec.region = utf8(region);
  return spec;
}

AdminRequests::AdminRequests(EngineHost& host, QObject* parent) : QObject(parent), host_(host) {
  connect(&host_, &EngineHost::engineEvent, this, &AdminRequests::handle);
  connect(&host_, &EngineHost::unlockedChanged, this, [this] { pending_.clear(); });
}

Status AdminRequests::start(const std::function<engine::RequestId(engine::Engine&)>& request,
                            const QString& when_done) {
  // Pending before the turn hands on the answer, which may come at once.
  if (!host_.command([&](engine::Engine& e) { pending_[request(e)] = when_done; })) {
    return Error{Errc::permission, utf8(tr("The profile is locked."))};
  }
  return ok_status();
}

Status AdminRequests::changeRole(bool grant, const QString& account, const QString& role,
                                 const QString& scope) {
  RELAIS_TRY_ASSIGN(AccountId who, parseAccountId(account));
  RELAIS_TRY_ASSIGN(engine::RoleSpec spec, roleSpec(role, scope));
  const QString short_id = QString::fromStdString(who.text()).left(8);
  return start(
      [&](engine::Engine& e) { return grant ? e.grant_role(who, spec) : e.revoke_role(who, spec); },
      grant ? tr("%1 has the role now.").arg(short_id)
            : tr("%1 no longer has the role.").arg(short_id));
}

Status AdminRequests::createRoom(const RoomForm& form) {
  RELAIS_TRY_ASSIGN(engine::RoomSpec spec, roomSpec(form));
  return start([&](engine::Engine& e) { return e.create_room(spec); },
               tr("The room %1 was created.").arg(form.room.trimmed()));
}

Status AdminRequests::createInvite(const QString& room, int uses, int valid_days) {
  const QString r = room.trimmed();
  if (!r.isEmpty() && !isRelayId(r)) {
    return invalid(
        tr("A room id is 1 to %1 lowercase letters, digits or '-'.").arg(wire::kMaxIdBytes));
  }
  if (uses < 1 || uses > kMaxUses)
    return invalid(tr("A code works from 1 to %1 times.").arg(kMaxUses));
  if (valid_days < 0 || valid_days > kMaxValidDays) {
    return invalid(tr("A code is valid for at most %1 days.").arg(kMaxValidDays));
  }
  return start(
      [&](engine::Engine& e) {
        return e.create_invite(utf8(r), static_cast<uint32_t>(uses),
                               static_cast<uint64_t>(valid_days) * 86400);
      },
      QString());
}

Status AdminRequests::createOrg(const OrgForm& form) {
  RELAIS_TRY_ASSIGN(engine::OrgSpec spec, orgSpec(form));
  return start([&](engine::Engine& e) { return e.create_org(spec); },
               tr("The organisation %1 was created.").arg(form.org.trimmed()));
}

void AdminRequests::handle(const engine::Event& event) {
  const auto answer = [this](engine::RequestId request) -> std::optional<QString> {
    auto it = pending_.find(request);
    if (it == pending_.end()) return std::nullopt;
    QString sentence = it->second;
    pending_.erase(it);
    return sentence;
  };
  if (const auto* d = std::get_if<ev::Done>(&event)) {
    if (auto s = answer(d->request)) Q_EMIT done(*s);
  } else if (const auto* c = std::get_if<ev::RoomCreated>(&event)) {
    if (auto s = answer(c->request)) Q_EMIT done(*s);
  } else if (const auto* o = std::get_if<ev::OrgsListed>(&event)) {
    if (auto s = answer(o->request)) Q_EMIT done(*s);
  } else if (const auto* i = std::get_if<ev::InviteCreated>(&event)) {
    if (answer(i->request)) {
      Q_EMIT inviteCreated(QString::fromStdString(i->code),
                           i->expires_ms
                               ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(i->expires_ms))
                               : QDateTime());
    }
  } else if (const auto* f = std::get_if<ev::RequestFailed>(&event)) {
    if (answer(f->request)) {
      Q_EMIT refused(FailureText::of(f->failure));
    }
  }
}

}  // namespace relais::qt

#include "client-qt/core/report_model.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

#include "core/engine/words.h"

namespace relais::qt {
namespace {

QString fromStd(const std::string& s) {
  return QString::fromStdString(s);
}

}  // namespace

ReportModel::ReportModel(QObject* parent) : QAbstractListModel(parent) {}

int ReportModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(reports_.size());
}

QString ReportModel::reasonText(engine::ReportReason reason) {
  switch (reason) {
    case engine::ReportReason::harassment:
      return tr("Harassment");
    case engine::ReportReason::doxing:
      return tr("Doxing (someone's identity revealed)");
    case engine::ReportReason::exploitation:
      return tr("Signs of exploitation or trafficking");
    case engine::ReportReason::threat:
      return tr("Threat of violence");
    case engine::ReportReason::spam:
      return tr("Spam");
    case engine::ReportReason::other:
      return tr("Other");
  }
  return tr("Other");
}

QVariant ReportModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
  const engine::ReportView& r = reports_[static_cast<size_t>(index.row())];
  const QString mark = !r.checked   ? tr("checking\u2026")
                       : r.verified ? QStringLiteral("\u2714 ") + tr("verified")
                                    : QStringLiteral("\u2716 ") + tr("NOT verified");
  switch (role) {
    case Qt::DisplayRole: {
      QString text = reasonText(r.reason) + QStringLiteral("  \u00b7 ") + mark;
      text += QLatin1Char('\n') + fromStd(r.message.sender_name) + QLatin1String(": ") +
              fromStd(r.message.text);
      if (!r.comment.empty()) {
        text += QLatin1Char('\n') + tr("Comment: %1").arg(fromStd(r.comment));
      }
      if (r.handled) text = QStringLiteral("\u2713 ") + tr("Handled") + QStringLiteral("  \u00b7 ") + text;
      return text;
    }
    case Qt::BackgroundRole:
      if (r.handled) return QBrush(QColor(0xee, 0xee, 0xee));
      if (r.checked && !r.verified) return QBrush(QColor(0xfb, 0xe0, 0xe0));
      return {};
    case HandledRole:
      return r.handled;
    case ReportIdRole:
      return fromStd(r.report_id);
    case RoomRole:
      return fromStd(r.room);
    case ReasonRole:
      return reasonText(r.reason);
    case ReasonWordRole:
      return QString::fromUtf8(engine::word(r.reason));
    case CommentRole:
      return fromStd(r.comment);
    case TextRole:
      return fromStd(r.message.text);
    case SenderRole:
      return fromStd(r.message.sender_name);
    case SenderIdRole:
      return fromStd(r.message.from.text());
    case SeqRole:
      return QVariant::fromValue<qulonglong>(r.message.seq);
    case ReporterRole:
      return fromStd(r.reporter_name);
    case VerifiedRole:
      return r.checked && r.verified;
    case CheckedRole:
      return r.checked;
    case ContextRole: {
      QStringList lines;
      for (const auto& c : r.context) {
        lines << fromStd(c.sender_name) + QLatin1String(": ") + fromStd(c.text);
      }
      return lines.join(QLatin1Char('\n'));
    }
    default:
      return {};
  }
}

QHash<int, QByteArray> ReportModel::roleNames() const {
  return {{Qt::DisplayRole, "display"},
          {ReportIdRole, "reportId"},
          {RoomRole, "room"},
          {ReasonRole, "reason"},
          {ReasonWordRole, "reasonWord"},
          {CommentRole, "comment"},
          {TextRole, "text"},
          {SenderRole, "sender"},
          {SenderIdRole, "senderId"},
          {SeqRole, "seq"},
          {ReporterRole, "reporter"},
          {VerifiedRole, "verified"},
          {CheckedRole, "checked"},
          {ContextRole, "context"},
          {HandledRole, "handled"}};
}

void ReportModel::setReports(const std::vector<engine::ReportView>& reports) {
  all_ = reports;
  std::stable_sort(all_.begin(), all_.end(),
                   [](const engine::ReportView& a, const engine::ReportView& b) {
                     return a.received_ms > b.received_ms;
                   });
  refilter();
}

void ReportModel::setShowHandled(bool show) {
  if (show == show_handled_) return;
  show_handled_ = show;
  refilter();
}

void ReportModel::refilter() {
  beginResetModel();
  reports_.clear();
  hidden_handled_ = 0;
  for (const auto& r : all_) {
    if (r.handled && !show_handled_) {
      ++hidden_handled_;
      continue;
    }
    reports_.push_back(r);
  }
  endResetModel();
}

void ReportModel::clear() {
  beginResetModel();
  all_.clear();
  reports_.clear();
  hidden_handled_ = 0;
  endResetModel();
}

const engine::ReportView* ReportModel::reportAt(int row) const {
  if (row < 0 || row >= rowCount()) return nullptr;
  return &reports_[static_cast<size_t>(row)];
}

}  // namespace relais::qt

#include "iwg/render/reminder_format.hpp"

#include <array>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include <fmt/format.h>

#include "iwg/render/email_header.hpp"
#include "iwg/render/report_json.hpp"
#include "iwg/report/when_text.hpp"
#include "iwg/util/text_util.hpp"

namespace iwg {
namespace {

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) {
            out += separator;
        }
        out += item;
    }
    return out;
}

// "G1: its text" per id the meeting names (each once), the id alone when the plan has no
// such goal.
std::string link_lines(const std::vector<std::string>& ids, const std::vector<IdText>& texts) {
    std::unordered_map<std::string_view, std::string_view> text_by_id;
    for (const auto& item : texts) {
        text_by_id.emplace(item.id, item.text);
    }
    std::vector<std::string> lines;
    for (const auto& id : ids) {
        const auto it = text_by_id.find(id);
        lines.push_back(it == text_by_id.end() ? id : fmt::format("{}: {}", id, it->second));
    }
    return join(lines, "\n");
}

std::string when_text(const Reminder& reminder) {
    const MeetingView& m = reminder.meeting;
    if (!m.date) {
        const std::string time = format_when(m);
        return fmt::format("{}, date to be announced{}", format_year_month(reminder.month),
                           time.empty() ? "" : ", " + time);
    }
    return format_when(m);
}

// RFC 5322 §3.3: the as-of day at midnight UTC, the moment the reminder is about.
std::string mail_date(const Date& as_of) {
    return fmt::format("{}, {:02} {} {:04} 00:00:00 +0000", weekday_name(as_of).substr(0, 3),
                       as_of.day, month_name(as_of.month).substr(0, 3), as_of.year);
}

// The same for the same plan, row, as-of date and content, so a re-run sends the same message
// and a corrected one (another topic, time or note) a new one, which archives keep.
std::string message_id(const Reminder& reminder, const MailOptions& mail) {
    const MeetingView& m = reminder.meeting;
    const std::string identity =
        fmt::format("{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}", reminder.plan.group,
                    reminder.plan.year, m.index, format_date(reminder.as_of), m.topic,
                    m.alternative, format_when(m), text_of(m.link), text_of(m.location), m.notes);
    const std::string domain = mail_domain(mail.from);
    return fmt::format("<iwg.{}.{:04}{:02}{:02}.{:016x}@{}>", format_iso_year_month(reminder.month),
                       reminder.as_of.year, reminder.as_of.month, reminder.as_of.day,
                       fnv1a(identity), domain.empty() ? "iwg.invalid" : domain);
}

// The body shared by the text and email templates.
constexpr std::string_view text_body =
    "Topic: {topic}\n"
    "{#alternative}Alternative: {alternative}\n{/alternative}"
    "When: {when}\n"
    "{#your_time}Your time: {your_time}\n{/your_time}"
    "{#elsewhere}Elsewhere: {elsewhere}\n{/elsewhere}"
    "{#link}Join: {link}\n{/link}"
    "{#location}Location: {location}\n{/location}"
    "{#speakers}Speakers: {speakers}\n{/speakers}"
    "{#goals}Goals:\n  {goals}\n{/goals}"
    "{#actions}Actions:\n  {actions}\n{/actions}"
    "{#notes}Notes:\n  {notes}\n{/notes}";

const std::string& text_template() {
    static const std::string source = "{group}: {month} {year} {kind}\n\n" + std::string(text_body);
    return source;
}

const std::string& email_template() {
    static const std::string source =
        "{#mail_from}From: {mail_from}\n{/mail_from}"
        "{#mail_to}To: {mail_to}\n{/mail_to}"
        "Date: {mail_date}\n"
        "Message-ID: {message_id}\n"
        "Subject: {group}: {month} {year} {kind}: {topic}\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
        "Hello,\n"
        "\n"
        "this is a reminder of the {group}'s {kind} in {month} {year}.\n"
        "\n" +
        std::string(text_body);
    return source;
}

constexpr std::string_view markdown_template =
    "## {group}: {month} {year} {kind}\n"
    "\n"
    "**Topic:** {topic}\n"
    "{#alternative}\n**Alternative:** {alternative}\n{/alternative}"
    "\n"
    "**When:** {when}\n"
    "{#your_time}\n**Your time:** {your_time}\n{/your_time}"
    "{#elsewhere}\n**Elsewhere:** {elsewhere}\n{/elsewhere}"
    "{#link}\n**Join:** <{link}>\n{/link}"
    "{#location}\n**Location:** {location}\n{/location}"
    "{#speakers}\n**Speakers:** {speakers}\n{/speakers}"
    "{#goals}\n**Goals:**\n\n- {goals}\n{/goals}"
    "{#actions}\n**Actions:**\n\n- {actions}\n{/actions}"
    "{#notes}\n**Notes:**\n\n{notes}\n{/notes}";

}  // namespace

const std::vector<PlaceholderInfo>& reminder_placeholders() {
    static const std::vector<PlaceholderInfo> placeholders{
        {"group", "the working group's name (the plan's group)", false},
        {"title", "the plan's title", false},
        {"month", "the month's English name: May", false},
        {"month_number", "the month as two digits: 05", false},
        {"year", "the month's year: 2024", false},
        {"topic", "the meeting's topic", false},
        {"alternative", "the alternative topic; empty when the plan names none", false},
        {"kind", "meeting, survey or event", false},
        {"status", "planned, confirmed or held", false},
        {"date", "the date, YYYY-MM-DD; empty when not dated", false},
        {"weekday", "the date's English weekday: Tuesday; empty when not dated", false},
        {"time", "the start time, HH:MM; empty when not set", false},
        {"timezone", "the time's zone: Europe/Madrid, UTC or +02:00; empty when not known", false},
        {"duration",
         "the length in minutes: 60 (the default for a timed row); empty without a time", false},
        {"when",
         "Tuesday 2024-05-14 15:00 Europe/Madrid (+02:00), 60 minutes (what is known), or May "
         "2024, date to be announced",
         false},
        {"your_time",
         "the start in the --tz zone: Tuesday 2024-05-14 16:00 Africa/Nairobi (+03:00); empty "
         "without --tz",
         false},
        {"elsewhere",
         "the start in the plan's display_timezones: 10:00 America/Sao_Paulo, 16:00 "
         "Africa/Nairobi",
         false},
        {"link", "where to join: the row's link, else the plan's; empty when none", false},
        {"location", "where the meeting takes place; empty when not set", false},
        {"speakers", "the speakers, separated by \", \"", false},
        {"goals", "one line per linked goal: G1: its text", true},
        {"goal_ids", "the linked goals' ids: G1, G4", false},
        {"actions", "one line per linked action: A1: its text", true},
        {"action_ids", "the linked actions' ids: A1, A3", false},
        {"notes", "the meeting's notes, as written (may span lines)", true},
        {"as_of", "the as-of date, YYYY-MM-DD", false},
        {"mail_from", "--mail-from, as given", false},
        {"mail_to", "--mail-to, as given", false},
        {"mail_date", "the as-of date as an e-mail Date: Wed, 27 Nov 2024 00:00:00 +0000", false},
        {"message_id",
         "an e-mail Message-ID, the same for the same plan, row, as-of date and content: "
         "<…@domain of --mail-from>",
         false},
    };
    return placeholders;
}

std::vector<std::string_view> reminder_placeholder_names() {
    std::vector<std::string_view> names;
    for (const auto& placeholder : reminder_placeholders()) {
        names.push_back(placeholder.name);
    }
    return names;
}

TemplateValues reminder_values(const Reminder& reminder, const MailOptions& mail) {
    const MeetingView& m = reminder.meeting;
    TemplateValues values{
        {"group", {reminder.plan.group}},
        {"title", {reminder.plan.title}},
        {"month", {std::string(month_name(reminder.month.month))}},
        {"month_number", {fmt::format("{:02}", reminder.month.month)}},
        {"year", {std::to_string(reminder.month.year)}},
        {"topic", {m.topic}},
        {"alternative", {m.alternative}},
        {"kind", {std::string(to_string(m.kind))}},
        {"status", {std::string(to_string(m.status))}},
        {"date", {m.date ? format_date(*m.date) : ""}},
        {"weekday", {m.date ? std::string(weekday_name(*m.date)) : ""}},
        {"time", {m.time ? format_time(*m.time) : ""}},
        {"timezone", {m.timezone.value_or("")}},
        {"duration", {m.duration_minutes ? std::to_string(*m.duration_minutes) : ""}},
        {"when", {when_text(reminder)}},
        {"your_time", {m.reader_time ? format_zone_time(*m.reader_time) : ""}},
        {"elsewhere", {format_elsewhere(m)}},
        {"link", {text_of(m.link), false, true}},
        {"location", {text_of(m.location)}},
        {"speakers", {join(m.speakers, ", ")}},
        {"goals", {link_lines(m.goals, reminder.linked.goals), true}},
        {"goal_ids", {join(m.goals, ", ")}},
        {"actions", {link_lines(m.actions, reminder.linked.actions), true}},
        {"action_ids", {join(m.actions, ", ")}},
        {"notes", {m.notes, true}},
        {"as_of", {format_date(reminder.as_of)}},
        {"mail_from", {mail.from}},
        {"mail_to", {mail.to}},
        {"mail_date", {mail_date(reminder.as_of)}},
        {"message_id", {message_id(reminder, mail)}},
    };
    return values;
}

BuiltinTemplate builtin_template(BuiltinTemplateName name) {
    switch (name) {
        case BuiltinTemplateName::text:
            return {text_template(), TemplateFormat::text, false};
        case BuiltinTemplateName::markdown:
            return {markdown_template, TemplateFormat::markdown, false};
        case BuiltinTemplateName::email:
            return {email_template(), TemplateFormat::email, false};
        case BuiltinTemplateName::json:
            return {{}, TemplateFormat::text, true};
    }
    return {text_template(), TemplateFormat::text, false};
}

std::string render_reminder_json(const Reminder& reminder) {
    using json = nlohmann::ordered_json;
    const MeetingView& m = reminder.meeting;
    json document{
        {"iwg_reminder", reminder_json_version},
        {"as_of", format_date(reminder.as_of)},
        {"rule", to_string(reminder.rule)},
        {"within_days",
         reminder.rule == ReminderRule::month ? json(nullptr) : json(reminder.within_days)},
        {"plan",
         {{"group", reminder.plan.group},
          {"title", reminder.plan.title},
          {"year", reminder.plan.year},
          {"path", reminder.plan.path},
          {"display_timezones", reminder.plan.display_timezones}}},
        {"month", format_iso_year_month(reminder.month)},
        {"when", when_text(reminder)},
        // As the templates show them: one row, so the zones cost a line each at most.
        {"your_time", m.reader_time ? json(format_zone_time(*m.reader_time)) : json(nullptr)},
        {"elsewhere", m.elsewhere.empty() ? json(nullptr) : json(format_elsewhere(m))},
        {"meeting", meeting_to_json(m)},  // as in the reports' JSON
        {"goals", texts_to_json(reminder.linked.goals)},
        {"actions", texts_to_json(reminder.linked.actions)},
    };
    return dump_json(document);
}

}  // namespace iwg

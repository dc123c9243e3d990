#include "iwg/util/calendar.hpp"

#include <array>
#include <chrono>
#include <ctime>

#include <fmt/format.h>

#include "iwg/util/text_util.hpp"

namespace iwg {
namespace {

constexpr std::array<std::string_view, 12> month_names{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Exactly `width` ASCII digits at text[pos…].
std::optional<int> fixed_digits(std::string_view text, std::size_t pos, std::size_t width) {
    if (pos + width > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        if (!is_ascii_digit(text[i])) {
            return std::nullopt;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

}  // namespace

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    if (month < 1 || month > 12) {
        return 0;  // no day is valid in a month that does not exist
    }
    const std::chrono::year_month_day_last last{std::chrono::year{year} /
                                                std::chrono::month{static_cast<unsigned>(month)} /
                                                std::chrono::last};
    return static_cast<int>(static_cast<unsigned>(last.day()));
}

bool is_valid_date(int year, int month, int day) {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= days_in_month(year, month);
}

std::string_view month_name(int month) {
    if (month < 1 || month > 12) {
        return {};
    }
    return month_names[static_cast<std::size_t>(month - 1)];
}

const std::vector<std::string_view>& month_words() {
    static const std::vector<std::string> lower = [] {
        std::vector<std::string> words;
        for (const auto name : month_names) {
            words.push_back(lower_ascii(name));
        }
        return words;
    }();
    static const std::vector<std::string_view> views(lower.begin(), lower.end());
    return views;
}

std::optional<int> month_from_name(std::string_view name) {
    for (std::size_t i = 0; i < month_names.size(); ++i) {
        if (equal_ignoring_case(name, month_names[i])) {
            return static_cast<int>(i) + 1;
        }
    }
    return std::nullopt;
}

std::optional<int> month_from_word(std::string_view word) {
    if (word.size() < 3) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < month_names.size(); ++i) {
        const std::string_view name = month_names[i];
        if (word.size() <= name.size() && equal_ignoring_case(word, name.substr(0, word.size()))) {
            return static_cast<int>(i) + 1;
        }
    }
    return std::nullopt;
}

std::optional<Date> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const auto year = fixed_digits(text, 0, 4);
    const auto month = fixed_digits(text, 5, 2);
    const auto day = fixed_digits(text, 8, 2);
    if (!year || !month || !day || !is_valid_date(*year, *month, *day)) {
        return std::nullopt;
    }
    return Date{*year, *month, *day};
}

std::optional<TimeOfDay> parse_time(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') {
        return std::nullopt;
    }
    const auto hour = fixed_digits(text, 0, 2);
    const auto minute = fixed_digits(text, 3, 2);
    if (!hour || !minute || *hour > 23 || *minute > 59) {
        return std::nullopt;
    }
    return TimeOfDay{*hour, *minute};
}

std::string format_date(const Date& date) {
    return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

std::string format_time(const TimeOfDay& t) {
    return fmt::format("{:02}:{:02}", t.hour, t.minute);
}

std::string format_year_month(YearMonth ym) {
    return fmt::format("{} {}", month_name(ym.month), ym.year);
}

std::string format_iso_year_month(YearMonth ym) {
    return fmt::format("{:04}-{:02}", ym.year, ym.month);
}

YearMonth next_month(YearMonth ym) {
    return ym.month == 12 ? YearMonth{ym.year + 1, 1} : YearMonth{ym.year, ym.month + 1};
}

YearMonth previous_month(YearMonth ym) {
    return ym.month == 1 ? YearMonth{ym.year - 1, 12} : YearMonth{ym.year, ym.month - 1};
}

long days_from_civil(const Date& date) {
    const std::chrono::year_month_day ymd{std::chrono::year{date.year},
                                          std::chrono::month{static_cast<unsigned>(date.month)},
                                          std::chrono::day{static_cast<unsigned>(date.day)}};
    return static_cast<long>(std::chrono::sys_days{ymd}.time_since_epoch().count());
}

Date civil_from_days(long days) {
    const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{days}}};
    return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Date add_days(const Date& date, long days) {
    return civil_from_days(days_from_civil(date) + days);
}

int weekday_of(const Date& date) {
    const long days = days_from_civil(date);  // 1970-01-01 was a Thursday (3)
    return static_cast<int>((((days + 3) % 7) + 7) % 7);
}

const std::vector<std::string_view>& weekday_words() {
    static const std::vector<std::string_view> words{"monday", "tuesday",  "wednesday", "thursday",
                                                     "friday", "saturday", "sunday"};
    return words;
}

std::string_view weekday_name(const Date& date) {
    static constexpr std::array<std::string_view, 7> names{
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return names[static_cast<std::size_t>(weekday_of(date))];
}

Date today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace iwg

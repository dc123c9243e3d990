// Civil dates and months: the plan's calendar vocabulary, independent of time zones.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace iwg {

struct Date {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31

    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date&, const Date&) = default;
};

struct YearMonth {
    int year = 0;
    int month = 0;  // 1..12

    friend bool operator==(const YearMonth&, const YearMonth&) = default;
    friend auto operator<=>(const YearMonth&, const YearMonth&) = default;
};

struct TimeOfDay {
    int hour = 0;    // 0..23
    int minute = 0;  // 0..59
    friend bool operator==(const TimeOfDay&, const TimeOfDay&) = default;
    friend auto operator<=>(const TimeOfDay&, const TimeOfDay&) = default;
};

bool is_leap_year(int year);
// 28..31; 0 for a month outside 1..12.
int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);

// "January" for 1; empty for a month outside 1..12.
std::string_view month_name(int month);
// "january" … "december": the words plan files and month arguments use, for hints.
const std::vector<std::string_view>& month_words();
// Exact month name in any case ("may", "MAY"); no abbreviations. nullopt otherwise.
std::optional<int> month_from_name(std::string_view name);
// A month name or the start of one, three letters or more, in any case: "may", "Sep",
// "sept", "JUL". Every such start names one month. What plan files and month arguments take.
std::optional<int> month_from_word(std::string_view word);

// Strict YYYY-MM-DD with a real calendar day.
std::optional<Date> parse_date(std::string_view text);
// Strict HH:MM, 24-hour.
std::optional<TimeOfDay> parse_time(std::string_view text);
std::string format_date(const Date& date);    // 2024-05-14
std::string format_time(const TimeOfDay& t);  // 09:30

// "May 2024": a month as reports and messages name it.
std::string format_year_month(YearMonth ym);
// "2024-05", as JSON writes a month.
std::string format_iso_year_month(YearMonth ym);

YearMonth next_month(YearMonth ym);
YearMonth previous_month(YearMonth ym);
// Days since 1970-01-01 (proleptic Gregorian, std::chrono's civil calendar), and back.
long days_from_civil(const Date& date);
Date civil_from_days(long days);
Date add_days(const Date& date, long days);

// 0 = Monday … 6 = Sunday.
int weekday_of(const Date& date);
// "Tuesday".
std::string_view weekday_name(const Date& date);
// "monday" … "sunday": the words plan files use, for hints.
const std::vector<std::string_view>& weekday_words();

// Today's date in the local time zone.
Date today();

}  // namespace iwg

// The one way reports show when a meeting is: weekday, date, time, zone, duration, in that
// order everywhere (JSON keeps them as separate fields).
#pragma once

#include <string>

#include "iwg/report/meeting_view.hpp"

namespace iwg {

// "Tuesday 2024-06-18 15:00 Europe/Madrid (+02:00), 90 minutes"; "Tuesday 2024-06-18" for a
// dated row without time; "15:00 UTC, 60 minutes" for a timed row without date; empty when
// neither is known. A row moved off the schedule's day adds ", moved from Tuesday 2024-06-25".
// `brief`, for tables: "Tue 2024-06-18 15:00 Europe/Madrid (+02:00)", no duration.
enum class WhenDetail { full, brief };
std::string format_when(const MeetingView& meeting, WhenDetail detail = WhenDetail::full);

// "Tuesday 2024-06-18 17:00 Europe/Madrid (+02:00)": a start as a zone's clock shows it.
std::string format_zone_time(const ZoneTime& time);

// "10:00 America/Sao_Paulo, 16:00 Africa/Nairobi, 00:30 Asia/Tokyo (Wednesday)": the start in
// each display zone, the weekday added where the date is not the meeting's.
std::string format_elsewhere(const MeetingView& meeting);

}  // namespace iwg

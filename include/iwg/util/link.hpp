// Links from plan files: the only URLs iwg prints as links.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace iwg {

// Why `url` may not be a meeting's link, or nullopt when it may: an https: address with a
// host, no user name or password (plan files are public; nor a pwd=, passwd=, password= or
// passcode= parameter: in the query, the path (/j/1;pwd=…) or the fragment, its name compared
// percent-decoded and in any case, ?%70wd= too), at most 2000 characters, only the
// characters RFC 3986 allows (so it needs no escaping in Markdown, HTML or a terminal).
std::optional<std::string> link_problem(std::string_view url);

// `url` with a user name and password and the values of passcode parameters shown as ***
// ("https://***@host/j/1?pwd=***"): what a finding about a link may print, since findings
// end up in CI logs.
std::string link_without_secrets(std::string_view url);

// Overwrites with '*', keeping the length (and so every column after it), the secrets that
// link_without_secrets hides in each URL-like run of `text`: what a source excerpt may show of
// a line, whichever finding it is for. `text` is a line of a plan, or a window of one.
void mask_link_secrets(std::string& text);

}  // namespace iwg

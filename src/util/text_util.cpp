#include "iwg/util/text_util.hpp"

namespace iwg {

std::string quote_for_message(std::string_view text) {
    constexpr std::size_t max = 60;
    if (text.size() > max) {
        std::size_t cut = max;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
            --cut;  // back to the first byte of the sequence `max` falls in
        }
        return "'" + std::string(text.substr(0, cut)) + "...'";
    }
    return "'" + std::string(text) + "'";
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

}  // namespace iwg

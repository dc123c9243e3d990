// SHA-256 (FIPS 180-4), for the content hashes publish's manifest records.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace iwg {

// Fed in pieces (a file read in blocks), finished once.
class Sha256 {
  public:
    Sha256();
    void update(std::string_view bytes);
    // The digest as 64 lower-case hex digits; the object is spent afterwards.
    std::string hex_digest();

  private:
    void compress(const unsigned char* block);

    std::array<std::uint32_t, 8> state_;
    std::array<unsigned char, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;  // bytes fed so far
};

std::string sha256_hex(std::string_view bytes);

}  // namespace iwg

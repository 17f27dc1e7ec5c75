// Moments as a person reads them: the permanences' schedule in Brussels time (the relay's
// clock for openings, wherever this computer is), in the interface locale's own format.
#pragma once

#include <QString>
#include <cstdint>

namespace relais::qt {

// "mardi 24 novembre 2026 14:00" (fr), "dinsdag 24 november 2026 14:00" (nl): the day spelt
// out, the time in the locale's short form; "" when this system has no Brussels time zone
// (the caller shows the relay's own text then).
QString brusselsTime(uint64_t time_ms);

// "14:05": the time of day in Brussels, on a 24-hour clock; "" without a Brussels time zone.
QString brusselsClock(uint64_t time_ms);

// A moment of this device (a message received): date and time in the locale's short format,
// in this computer's time zone.
QString deviceTime(uint64_t time_ms);

}  // namespace relais::qt

// Umbrella header for relais_crypto.
#pragma once

#include "core/crypto/cipher.h"
#include "core/crypto/digest.h"
#include "core/crypto/kdf.h"
#include "core/crypto/random.h"

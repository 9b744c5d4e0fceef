/* Laravel Encrypter payloads in pure C (no Zend): the base64 JSON object
 * {"iv","value","mac","tag"} that Illuminate\Encryption\Encrypter's
 * encryptString() writes and decryptString() reads, for aes-128/256-cbc
 * (HMAC-SHA256 over iv.value) and aes-128/256-gcm (16-byte tag).
 * AES through OpenSSL EVP; HMAC, constant-time compare, random IVs and
 * wiping through libsodium. The caller must have run sodium_init(). */
#ifndef AMC_CORE_LARAVEL_CRYPT_H
#define AMC_CORE_LARAVEL_CRYPT_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

typedef enum {
	AMC_LC_AES_128_CBC,
	AMC_LC_AES_256_CBC,
	AMC_LC_AES_128_GCM,
	AMC_LC_AES_256_GCM,
} amc_lc_cipher;

/* Outcomes; the decrypt errors map one to one to Laravel's DecryptException messages. */
typedef enum {
	AMC_LC_OK = 0,
	AMC_LC_ERR_OOM,
	AMC_LC_ERR_CRYPTO,       /* an OpenSSL or libsodium call failed */
	AMC_LC_ERR_KEY,          /* key length does not fit the cipher */
	AMC_LC_ERR_PAYLOAD,      /* "The payload is invalid." */
	AMC_LC_ERR_MAC,          /* "The MAC is invalid." */
	AMC_LC_ERR_DECRYPT,      /* "Could not decrypt the data." */
	AMC_LC_ERR_TAG_NOT_AEAD, /* a tag on a CBC payload */
} amc_lc_status;

typedef struct {
	const unsigned char *data;
	size_t len;
} amc_lc_bytes;

/* The payload's JSON members, still base64 as stored. `has_tag` is false
 * when "tag" is absent, null or empty (Laravel's empty()). */
typedef struct {
	amc_lc_bytes iv;
	amc_lc_bytes value;
	amc_lc_bytes mac;
	amc_lc_bytes tag;
	bool has_tag;
} amc_lc_fields;

/* Case-insensitive cipher name, as Laravel's app.cipher. */
bool amc_lc_cipher_parse(const char *name, size_t len, amc_lc_cipher *out);
const char *amc_lc_cipher_name(amc_lc_cipher c);
size_t amc_lc_key_size(amc_lc_cipher c);
size_t amc_lc_iv_size(amc_lc_cipher c);
bool amc_lc_is_aead(amc_lc_cipher c);
/* Laravel's wording for a status (the DecryptException/EncryptException message). */
const char *amc_lc_message(amc_lc_status s);

/* Encrypts `plain` under `key` with a fresh random IV and appends the
 * complete base64 payload to `payload`. */
amc_lc_status amc_lc_encrypt(amc_lc_cipher c, amc_lc_bytes key, amc_lc_bytes plain, amc_buf *payload);

/* Decrypts the fields with each key in turn, Laravel's order and rules
 * (MAC checked before any decryption for CBC). On success `plain` holds
 * the plaintext; release it with amc_lc_buf_wipe(). */
amc_lc_status amc_lc_decrypt(amc_lc_cipher c, const amc_lc_bytes *keys, size_t nkeys,
	const amc_lc_fields *f, amc_buf *plain);

/* PHP's base64_encode / base64_decode($s, $strict), byte for byte
 * (non-strict skips foreign characters; strict rejects them but skips
 * whitespace). Returns false only on a strict failure or out of memory. */
bool amc_lc_base64_decode(const unsigned char *in, size_t len, bool strict, amc_buf *out);
void amc_lc_base64_encode(const unsigned char *in, size_t len, amc_buf *out);

/* Zeroes the whole allocation, then frees it. */
void amc_lc_buf_wipe(amc_buf *b);

#endif

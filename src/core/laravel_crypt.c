#include "laravel_crypt.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <sodium.h>

#define LC_TAG_LEN 16
#define LC_MAC_HEX_LEN (crypto_auth_hmacsha256_BYTES * 2)
#define LC_MAX_IV 16

static const struct {
	const char *name;
	size_t key_size;
	size_t iv_size;
	bool aead;
} lc_ciphers[] = {
	[AMC_LC_AES_128_CBC] = {"aes-128-cbc", 16, 16, false},
	[AMC_LC_AES_256_CBC] = {"aes-256-cbc", 32, 16, false},
	[AMC_LC_AES_128_GCM] = {"aes-128-gcm", 16, 12, true},
	[AMC_LC_AES_256_GCM] = {"aes-256-gcm", 32, 12, true},
};

bool amc_lc_cipher_parse(const char *name, size_t len, amc_lc_cipher *out)
{
	for (size_t i = 0; i < sizeof(lc_ciphers) / sizeof(lc_ciphers[0]); i++) {
		const char *n = lc_ciphers[i].name;
		if (strlen(n) != len) {
			continue;
		}
		size_t k = 0;
		while (k < len && (name[k] | 0x20) == n[k]) { /* names are lower-case letters, digits, '-' */
			k++;
		}
		if (k == len) {
			*out = (amc_lc_cipher) i;
			return true;
		}
	}
	return false;
}

const char *amc_lc_cipher_name(amc_lc_cipher c) { return lc_ciphers[c].name; }
size_t amc_lc_key_size(amc_lc_cipher c) { return lc_ciphers[c].key_size; }
size_t amc_lc_iv_size(amc_lc_cipher c) { return lc_ciphers[c].iv_size; }
bool amc_lc_is_aead(amc_lc_cipher c) { return lc_ciphers[c].aead; }

const char *amc_lc_message(amc_lc_status s)
{
	switch (s) {
	case AMC_LC_OK: return "ok";
	case AMC_LC_ERR_OOM: return "Out of memory.";
	case AMC_LC_ERR_CRYPTO: return "Could not encrypt the data.";
	case AMC_LC_ERR_KEY: return "Unsupported cipher or incorrect key length. Supported ciphers are: "
		"aes-128-cbc, aes-256-cbc, aes-128-gcm, aes-256-gcm.";
	case AMC_LC_ERR_PAYLOAD: return "The payload is invalid.";
	case AMC_LC_ERR_MAC: return "The MAC is invalid.";
	case AMC_LC_ERR_DECRYPT: return "Could not decrypt the data.";
	case AMC_LC_ERR_TAG_NOT_AEAD: return "Unable to use tag because the cipher algorithm does not support AEAD.";
	}
	return "unknown error";
}

#if OPENSSL_VERSION_NUMBER >= 0x30000000L
/* OpenSSL 3 re-fetches a legacy EVP_aes_*() cipher from its provider at every
 * init (a locked name lookup that costs as much as the AES itself): fetch
 * each cipher once per process instead. */
#include <pthread.h>
#include <openssl/core_names.h>
static EVP_CIPHER *lc_fetched[4];
/* HMAC, fetched the same way: OpenSSL's SHA-256 uses the CPU's SHA
 * extensions where there are some; libsodium's is portable C and took about
 * twice as long per MAC here. NULL: libsodium computes the MAC. */
static EVP_MAC *lc_hmac;
static pthread_once_t lc_fetch_once = PTHREAD_ONCE_INIT;

static void lc_fetch(void)
{
	static const char *const names[] = {"AES-128-CBC", "AES-256-CBC", "AES-128-GCM", "AES-256-GCM"};
	for (int i = 0; i < 4; i++) {
		lc_fetched[i] = EVP_CIPHER_fetch(NULL, names[i], NULL); /* NULL: fall back to the legacy object */
	}
	lc_hmac = EVP_MAC_fetch(NULL, "HMAC", NULL);
}

/* HMAC-SHA256 of a . b through OpenSSL; false when it is not available or fails. */
static bool lc_hmac_openssl(const unsigned char *key, size_t key_len, amc_lc_bytes a, amc_lc_bytes b,
	unsigned char mac[crypto_auth_hmacsha256_BYTES])
{
	if (pthread_once(&lc_fetch_once, lc_fetch) != 0 || !lc_hmac) {
		return false;
	}
	EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(lc_hmac);
	if (!ctx) {
		return false;
	}
	OSSL_PARAM params[] = {
		OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *) "SHA256", 0),
		OSSL_PARAM_construct_end(),
	};
	size_t len = 0;
	bool ok = EVP_MAC_init(ctx, key, key_len, params) == 1
		&& EVP_MAC_update(ctx, a.data, a.len) == 1
		&& EVP_MAC_update(ctx, b.data, b.len) == 1
		&& EVP_MAC_final(ctx, mac, &len, crypto_auth_hmacsha256_BYTES) == 1
		&& len == crypto_auth_hmacsha256_BYTES;
	EVP_MAC_CTX_free(ctx); /* cleanses the keyed state */
	return ok;
}
#endif

static const EVP_CIPHER *lc_evp(amc_lc_cipher c)
{
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
	if (pthread_once(&lc_fetch_once, lc_fetch) == 0 && lc_fetched[c]) {
		return lc_fetched[c];
	}
#endif
	switch (c) {
	case AMC_LC_AES_128_CBC: return EVP_aes_128_cbc();
	case AMC_LC_AES_256_CBC: return EVP_aes_256_cbc();
	case AMC_LC_AES_128_GCM: return EVP_aes_128_gcm();
	case AMC_LC_AES_256_GCM: return EVP_aes_256_gcm();
	}
	return NULL;
}

void amc_lc_buf_wipe(amc_buf *b)
{
	if (b->data) {
		sodium_memzero(b->data, b->cap);
	}
	amc_buf_free(b);
}

/* ---- base64, PHP's flavour ---------------------------------------------- */

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void amc_lc_base64_encode(const unsigned char *in, size_t len, amc_buf *out)
{
	if (len > (SIZE_MAX - 3) / 4 * 3 || !amc_buf_reserve(out, (len + 2) / 3 * 4)) {
		out->oom = true;
		return;
	}
	char *p = out->data + out->len;
	size_t i = 0;
	for (; i + 2 < len; i += 3) {
		*p++ = b64_alphabet[in[i] >> 2];
		*p++ = b64_alphabet[((in[i] & 0x03) << 4) | (in[i + 1] >> 4)];
		*p++ = b64_alphabet[((in[i + 1] & 0x0f) << 2) | (in[i + 2] >> 6)];
		*p++ = b64_alphabet[in[i + 2] & 0x3f];
	}
	if (i < len) {
		*p++ = b64_alphabet[in[i] >> 2];
		if (i + 1 < len) {
			*p++ = b64_alphabet[((in[i] & 0x03) << 4) | (in[i + 1] >> 4)];
			*p++ = b64_alphabet[(in[i + 1] & 0x0f) << 2];
		} else {
			*p++ = b64_alphabet[(in[i] & 0x03) << 4];
			*p++ = '=';
		}
		*p++ = '=';
	}
	out->len = (size_t) (p - out->data);
	out->data[out->len] = '\0';
}

/* Sextet of each byte; -1 for the whitespace strict mode skips, -2 for
 * anything else foreign (PHP's base64_reverse_table). */
static const signed char b64_table[256] = {
	-2, -2, -2, -2, -2, -2, -2, -2, -2, -1, -1, -2, -2, -1, -2, -2,
	-2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2,
	-1, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, 62, -2, -2, -2, 63,
	52, 53, 54, 55, 56, 57, 58, 59, 60, 61, -2, -2, -2, -2, -2, -2,
	-2, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
	15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, -2, -2, -2, -2, -2,
	-2, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
	41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, -2, -2, -2, -2, -2,
	-2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2,
	-2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2,
	-2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2,
	-2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2,
	-2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2,
	-2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2,
	-2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2,
	-2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2,
};

bool amc_lc_base64_decode(const unsigned char *in, size_t len, bool strict, amc_buf *out)
{
	size_t start = out->len, i = 0, padding = 0, j = 0;
	if (!amc_buf_reserve(out, len / 4 * 3 + 3)) {
		return false;
	}
	unsigned char *o = (unsigned char *) out->data + start;
	size_t k = 0;
	/* Fast path: whole quads of alphabet characters, the common case. */
	while (k + 4 <= len) {
		int a = b64_table[in[k]], b = b64_table[in[k + 1]], c = b64_table[in[k + 2]], d = b64_table[in[k + 3]];
		if ((a | b | c | d) < 0) {
			break;
		}
		o[j++] = (unsigned char) ((a << 2) | (b >> 4));
		o[j++] = (unsigned char) ((b << 4) | (c >> 2));
		o[j++] = (unsigned char) ((c << 6) | d);
		i += 4;
		k += 4;
	}
	for (; k < len; k++) {
		if (in[k] == '=') {
			padding++;
			continue;
		}
		int ch = b64_table[in[k]];
		if (ch == -1 || (!strict && ch < 0)) {
			continue;
		}
		if (ch < 0 || padding) { /* strict: foreign character, or data after padding */
			return false;
		}
		switch (i % 4) {
		case 0: o[j] = (unsigned char) (ch << 2); break;
		case 1: o[j++] |= (unsigned char) (ch >> 4); o[j] = (unsigned char) ((ch & 0x0f) << 4); break;
		case 2: o[j++] |= (unsigned char) (ch >> 2); o[j] = (unsigned char) ((ch & 0x03) << 6); break;
		default: o[j++] |= (unsigned char) ch; break;
		}
		i++;
	}
	if (strict && (i % 4 == 1 || (padding && (padding > 2 || (i + padding) % 4 != 0)))) {
		return false;
	}
	out->len = start + j;
	out->data[out->len] = '\0';
	return true;
}

/* ---- AES ---------------------------------------------------------------- */

/* One EVP pass. `tag` is written (encrypt) or checked (decrypt) for GCM.
 * Returns AMC_LC_ERR_DECRYPT when decryption fails its padding or tag. */
static amc_lc_status lc_aes(amc_lc_cipher c, bool enc, const unsigned char *key, const unsigned char *iv,
	const unsigned char *in, size_t in_len, unsigned char *tag, amc_buf *out)
{
	if (in_len > (size_t) INT_MAX - 32 || !amc_buf_reserve(out, in_len + 32)) {
		return AMC_LC_ERR_OOM;
	}
	EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
	if (!ctx) {
		return AMC_LC_ERR_OOM;
	}
	amc_lc_status st = AMC_LC_ERR_CRYPTO;
	unsigned char *o = (unsigned char *) out->data + out->len;
	int n1 = 0, n2 = 0;
	bool aead = lc_ciphers[c].aead;

	if (EVP_CipherInit_ex(ctx, lc_evp(c), NULL, NULL, NULL, enc) != 1) goto done;
	if (aead && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, (int) lc_ciphers[c].iv_size, NULL) != 1) goto done;
	if (EVP_CipherInit_ex(ctx, NULL, NULL, key, iv, enc) != 1) goto done;
	if (aead && !enc && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, LC_TAG_LEN, tag) != 1) goto done;
	if (EVP_CipherUpdate(ctx, o, &n1, in, (int) in_len) != 1) {
		st = enc ? AMC_LC_ERR_CRYPTO : AMC_LC_ERR_DECRYPT;
		goto done;
	}
	if (EVP_CipherFinal_ex(ctx, o + n1, &n2) != 1) {
		st = enc ? AMC_LC_ERR_CRYPTO : AMC_LC_ERR_DECRYPT;
		goto done;
	}
	if (aead && enc && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, LC_TAG_LEN, tag) != 1) goto done;
	out->len += (size_t) n1 + (size_t) n2;
	out->data[out->len] = '\0';
	st = AMC_LC_OK;
done:
	EVP_CIPHER_CTX_free(ctx); /* cleanses the expanded key schedule */
	if (st != AMC_LC_OK) {
		sodium_memzero(o, in_len + 32);
	}
	return st;
}

/* Laravel's MAC: lower-case hex HMAC-SHA256 of base64(iv) . base64(value). */
static amc_lc_status lc_mac_hex(const unsigned char *key, size_t key_len, amc_lc_bytes iv_b64,
	amc_lc_bytes value_b64, char hex[LC_MAC_HEX_LEN + 1])
{
	crypto_auth_hmacsha256_state st;
	unsigned char mac[crypto_auth_hmacsha256_BYTES];
	amc_lc_status rc = AMC_LC_ERR_CRYPTO;

#if OPENSSL_VERSION_NUMBER >= 0x30000000L
	if (lc_hmac_openssl(key, key_len, iv_b64, value_b64, mac)) {
		sodium_bin2hex(hex, LC_MAC_HEX_LEN + 1, mac, sizeof(mac));
		sodium_memzero(mac, sizeof(mac));
		return AMC_LC_OK;
	}
#endif
	if (crypto_auth_hmacsha256_init(&st, key, key_len) == 0
		&& crypto_auth_hmacsha256_update(&st, iv_b64.data, iv_b64.len) == 0
		&& crypto_auth_hmacsha256_update(&st, value_b64.data, value_b64.len) == 0
		&& crypto_auth_hmacsha256_final(&st, mac) == 0) {
		sodium_bin2hex(hex, LC_MAC_HEX_LEN + 1, mac, sizeof(mac));
		rc = AMC_LC_OK;
	}
	sodium_memzero(&st, sizeof(st));
	sodium_memzero(mac, sizeof(mac));
	return rc;
}

/* ---- encrypt ------------------------------------------------------------ */

static void json_member(amc_buf *json, const char *name, const char *val, size_t len, bool last)
{
	/* Every value is base64 or hex: nothing to escape. */
	amc_buf_append_char(json, '"');
	amc_buf_append_str(json, name);
	amc_buf_append(json, "\":\"", 3);
	amc_buf_append(json, val, len);
	amc_buf_append(json, last ? "\"}" : "\",", 2);
}

amc_lc_status amc_lc_encrypt(amc_lc_cipher c, amc_lc_bytes key, amc_lc_bytes plain, amc_buf *payload)
{
	if (key.len != lc_ciphers[c].key_size) {
		return AMC_LC_ERR_KEY;
	}
	unsigned char iv[LC_MAX_IV], tag[LC_TAG_LEN];
	size_t iv_len = lc_ciphers[c].iv_size;
	bool aead = lc_ciphers[c].aead;
	amc_buf ct, iv64, ct64, tag64, json;
	char mac[LC_MAC_HEX_LEN + 1] = "";
	amc_buf_init(&ct); amc_buf_init(&iv64); amc_buf_init(&ct64); amc_buf_init(&tag64); amc_buf_init(&json);

	randombytes_buf(iv, iv_len);
	amc_lc_status st = lc_aes(c, true, key.data, iv, plain.data, plain.len, tag, &ct);
	if (st != AMC_LC_OK) goto done;

	amc_lc_base64_encode(iv, iv_len, &iv64);
	amc_lc_base64_encode((unsigned char *) ct.data, ct.len, &ct64);
	if (aead) {
		amc_lc_base64_encode(tag, LC_TAG_LEN, &tag64);
	}
	st = AMC_LC_ERR_OOM;
	if (iv64.oom || ct64.oom || tag64.oom) goto done;
	if (!aead) {
		amc_lc_bytes ivb = {(unsigned char *) iv64.data, iv64.len}, ctb = {(unsigned char *) ct64.data, ct64.len};
		st = lc_mac_hex(key.data, key.len, ivb, ctb, mac);
		if (st != AMC_LC_OK) goto done;
	}

	amc_buf_append_char(&json, '{');
	json_member(&json, "iv", iv64.data, iv64.len, false);
	json_member(&json, "value", ct64.data, ct64.len, false);
	json_member(&json, "mac", mac, strlen(mac), false);
	json_member(&json, "tag", tag64.data ? tag64.data : "", tag64.len, true);
	st = AMC_LC_ERR_OOM;
	if (json.oom) goto done;
	amc_lc_base64_encode((unsigned char *) json.data, json.len, payload);
	st = payload->oom ? AMC_LC_ERR_OOM : AMC_LC_OK;
done:
	amc_buf_free(&ct); amc_buf_free(&iv64); amc_buf_free(&ct64); amc_buf_free(&tag64); amc_buf_free(&json);
	sodium_memzero(iv, sizeof(iv));
	return st;
}

/* ---- decrypt ------------------------------------------------------------ */

static bool lc_mac_valid(const amc_lc_bytes *key, const amc_lc_fields *f, amc_lc_status *err)
{
	char hex[LC_MAC_HEX_LEN + 1];
	*err = lc_mac_hex(key->data, key->len, f->iv, f->value, hex);
	bool ok = *err == AMC_LC_OK && f->mac.len == LC_MAC_HEX_LEN
		&& sodium_memcmp(hex, f->mac.data, LC_MAC_HEX_LEN) == 0;
	sodium_memzero(hex, sizeof(hex));
	return ok;
}

/* The IV and tag once decoded; the value is decoded lazily by the caller. */
typedef struct {
	amc_buf iv, tag, ct;
} lc_decoded;

static amc_lc_status lc_decode_fields(amc_lc_cipher c, const amc_lc_fields *f, lc_decoded *d)
{
	/* validPayload(): the strictly decoded IV must have the cipher's IV length. */
	if (!amc_lc_base64_decode(f->iv.data, f->iv.len, true, &d->iv)) {
		return d->iv.oom ? AMC_LC_ERR_OOM : AMC_LC_ERR_PAYLOAD;
	}
	if (d->iv.len != lc_ciphers[c].iv_size) {
		return AMC_LC_ERR_PAYLOAD;
	}
	/* ensureTagIsValid() */
	if (f->has_tag && !amc_lc_base64_decode(f->tag.data, f->tag.len, false, &d->tag)) {
		return AMC_LC_ERR_OOM;
	}
	if (lc_ciphers[c].aead && d->tag.len != LC_TAG_LEN) {
		return AMC_LC_ERR_DECRYPT;
	}
	if (!lc_ciphers[c].aead && f->has_tag) {
		return AMC_LC_ERR_TAG_NOT_AEAD;
	}
	/* openssl_decrypt() without OPENSSL_RAW_DATA decodes the value loosely. */
	if (!amc_lc_base64_decode(f->value.data, f->value.len, false, &d->ct)) {
		return AMC_LC_ERR_OOM;
	}
	return AMC_LC_OK;
}

amc_lc_status amc_lc_decrypt(amc_lc_cipher c, const amc_lc_bytes *keys, size_t nkeys,
	const amc_lc_fields *f, amc_buf *plain)
{
	lc_decoded d;
	amc_buf_init(&d.iv); amc_buf_init(&d.tag); amc_buf_init(&d.ct);
	amc_lc_status st = lc_decode_fields(c, f, &d);
	bool aead = lc_ciphers[c].aead, found_mac = false, decrypted = false;

	for (size_t k = 0; st == AMC_LC_OK && k < nkeys && !decrypted; k++) {
		if (keys[k].len != lc_ciphers[c].key_size) {
			st = AMC_LC_ERR_KEY;
			break;
		}
		/* Laravel: once one key's MAC matched, later keys skip the MAC check. */
		if (!aead && !found_mac && !(found_mac = lc_mac_valid(&keys[k], f, &st))) {
			continue;
		}
		amc_lc_status r = lc_aes(c, false, keys[k].data, (unsigned char *) d.iv.data,
			(unsigned char *) d.ct.data, d.ct.len, (unsigned char *) d.tag.data, plain);
		if (r == AMC_LC_OK) {
			decrypted = true;
		} else if (r != AMC_LC_ERR_DECRYPT) {
			st = r;
		}
	}
	if (st == AMC_LC_OK && !aead && !found_mac) {
		st = AMC_LC_ERR_MAC;
	} else if (st == AMC_LC_OK && !decrypted) {
		st = AMC_LC_ERR_DECRYPT;
	}
	amc_buf_free(&d.iv);
	amc_buf_free(&d.tag);
	amc_buf_free(&d.ct);
	return st;
}

/* LD_PRELOAD shim for sanitizer runs of a stock PHP binary: PHP loads
 * extensions with RTLD_DEEPBIND, which the ASan runtime refuses. This strips
 * the flag and hands the call on to the next dlopen (ASan's interceptor). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>

void *dlopen(const char *filename, int flags)
{
	static void *(*next_dlopen)(const char *, int);
	if (!next_dlopen) {
		next_dlopen = (void *(*)(const char *, int)) dlsym(RTLD_NEXT, "dlopen");
		if (!next_dlopen) {
			return NULL;
		}
	}
	return next_dlopen(filename, flags & ~RTLD_DEEPBIND);
}

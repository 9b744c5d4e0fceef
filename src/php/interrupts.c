/* Native waits that PHP can interrupt: what the VM runs at its next
 * interrupt check (the time limit, pcntl's async signal handlers), run from
 * inside a native wait between slices of at most AMC_WAIT_SLICE_MS. */
#include "amc.h"

#include <time.h>

bool amc_run_interrupts(void)
{
	if (!zend_atomic_bool_load_ex(&EG(vm_interrupt))) {
		return !EG(exception);
	}
	zend_atomic_bool_store_ex(&EG(vm_interrupt), false);
	if (zend_atomic_bool_load_ex(&EG(timed_out))) {
		zend_timeout(); /* fatal, as anywhere else */
	}
	if (zend_interrupt_function) {
		zend_interrupt_function(EG(current_execute_data));
	}
	return !EG(exception);
}

bool amc_sleep_ms(long ms)
{
	while (ms > 0) {
		long slice = ms < AMC_WAIT_SLICE_MS ? ms : AMC_WAIT_SLICE_MS;
		struct timespec ts = { slice / 1000, (slice % 1000) * 1000000L };
		nanosleep(&ts, NULL); /* a signal ends the slice early: checked below */
		ms -= slice;
		if (!amc_run_interrupts()) {
			return false;
		}
	}
	return true;
}

/* Host bridge: reaching userland classes (Carbon, Laravel) by name, so that
 * their fakes and test hooks (Carbon::setTestNow, ...) keep working. */
#include "amc.h"
#include "zend_exceptions.h"

zend_class_entry *amc_lookup_class(const char *name, size_t len)
{
	zend_string *zname = zend_string_init(name, len, 0);
	zend_class_entry *ce = zend_lookup_class(zname);
	zend_string_release(zname);
	return ce;
}

/* Type check of an object argument against a userland class, with the
 * engine's own TypeError wording. An undefined class cannot have instances,
 * so the check fails then too. */
bool amc_check_arg_class(uint32_t arg_num, zval *arg, const char *class_name, size_t len, bool nullable)
{
	if (nullable && Z_TYPE_P(arg) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(arg) == IS_OBJECT) {
		zend_class_entry *ce = amc_lookup_class(class_name, len);
		if (ce && instanceof_function(Z_OBJCE_P(arg), ce)) {
			return true;
		}
	}
	if (!EG(exception)) {
		zend_argument_type_error(arg_num, "must be of type %s%s, %s given",
			nullable ? "?" : "", class_name, zend_zval_type_name(arg));
	}
	return false;
}

static zend_result amc_call(zval *object, zend_class_entry *ce, const char *method, zval *retval, uint32_t argc, zval *argv)
{
	zend_string *mname;
	zend_function *fn;
	zend_object *obj = NULL;

	if (object) {
		ZVAL_DEREF(object);
		/* Callers pass what they read from properties and return values:
		 * anything but an object gets PHP's own Error, never a crash. */
		if (Z_TYPE_P(object) != IS_OBJECT) {
			if (!EG(exception)) {
				zend_throw_error(NULL, "Call to a member function %s() on %s", method, zend_zval_type_name(object));
			}
			return FAILURE;
		}
		obj = Z_OBJ_P(object);
	}
	mname = zend_string_init(method, strlen(method), 0);
	if (obj) {
		fn = obj->handlers->get_method(&obj, mname, NULL);
	} else {
		fn = zend_std_get_static_method(ce, mname, NULL);
	}
	zend_string_release(mname);
	if (!fn) {
		if (!EG(exception)) {
			zend_throw_error(NULL, "Call to undefined method %s::%s()",
				ZSTR_VAL(obj ? obj->ce->name : ce->name), method);
		}
		return FAILURE;
	}
	zend_call_known_function(fn, obj, obj ? obj->ce : ce, retval, argc, argv, NULL);
	return EG(exception) ? FAILURE : SUCCESS;
}

zend_result amc_call_static(const char *class_name, size_t class_len, const char *method, zval *retval, uint32_t argc, zval *argv)
{
	zend_class_entry *ce = amc_lookup_class(class_name, class_len);
	ZVAL_UNDEF(retval);
	if (!ce) {
		if (!EG(exception)) {
			zend_throw_error(NULL, "Class \"%s\" not found", class_name);
		}
		return FAILURE;
	}
	return amc_call(NULL, ce, method, retval, argc, argv);
}

zend_result amc_call_method(zval *object, const char *method, zval *retval, uint32_t argc, zval *argv)
{
	ZVAL_UNDEF(retval);
	return amc_call(object, NULL, method, retval, argc, argv);
}

/* Carbon::now(), with a message that says what to install when Carbon is absent. */
zend_result amc_carbon_now(zval *retval)
{
	static const char carbon[] = "Carbon\\Carbon";
	if (!amc_lookup_class(carbon, sizeof(carbon) - 1)) {
		ZVAL_UNDEF(retval);
		if (!EG(exception)) {
			zend_throw_error(NULL, "Class \"Carbon\\Carbon\" not found: askmydocs_connector's SyncResult and "
				"HealthStatus need nesbot/carbon (composer require nesbot/carbon, or apt-get install php-nesbot-carbon)");
		}
		return FAILURE;
	}
	return amc_call_static(carbon, sizeof(carbon) - 1, "now", retval, 0, NULL);
}

bool amc_init_prop(zend_class_entry *scope, zend_object *obj, const char *name, size_t len, zval *value)
{
	if (EG(exception)) {
		return false; /* like PHP, stop at the first failed assignment */
	}
	zend_update_property(scope, obj, name, len, value);
	return !EG(exception);
}

/* gen_stub.php insists on the exact class name where upstream declares a
 * `self` return type; reflection must still read "self", so MINIT rewrites the
 * registered return type. Arginfo of internal functions with class types is a
 * private copy made at registration, and "self" is interned, so nothing leaks. */
void amc_return_type_self(zend_class_entry *ce, const char *method)
{
	zend_function *fn = zend_hash_str_find_ptr(&ce->function_table, method, strlen(method));
	if (!fn || fn->type != ZEND_INTERNAL_FUNCTION || !(fn->common.fn_flags & ZEND_ACC_HAS_RETURN_TYPE)) {
		return;
	}
	zend_internal_arg_info *ret = fn->internal_function.arg_info - 1;
	if (ZEND_TYPE_HAS_NAME(ret->type)) {
		ZEND_TYPE_SET_PTR(ret->type, zend_string_init_interned("self", sizeof("self") - 1, 1));
	}
}

/* Throws `ce` with a binary-safe message (zend_throw_exception() stops at NUL). */
void amc_throw_zstr(zend_class_entry *ce, zend_string *message)
{
	zval ex;
	object_init_ex(&ex, ce);
	zend_update_property_str(zend_ce_exception, Z_OBJ(ex), ZEND_STRL("message"), message);
	zend_throw_exception_object(&ex);
}

/* Reflection parity with upstream's constructor property promotion: the
 * first `n` constructor parameters and their same-named properties. */
void amc_mark_promoted(zend_class_entry *ce, uint32_t n)
{
	zend_function *ctor = ce->constructor;
	if (!ctor || ctor->type != ZEND_INTERNAL_FUNCTION) {
		return;
	}
	for (uint32_t i = 0; i < n && i < ctor->common.num_args; i++) {
		zend_internal_arg_info *arg = &ctor->internal_function.arg_info[i];
		zend_property_info *prop = zend_hash_str_find_ptr(&ce->properties_info, arg->name, strlen(arg->name));
		if (prop) {
			ZEND_TYPE_FULL_MASK(arg->type) |= _ZEND_IS_PROMOTED_BIT;
			prop->flags |= ZEND_ACC_PROMOTED;
		}
	}
}

bool amc_exiting(void)
{
	zend_object *ex = EG(exception);
	return ex && (zend_is_unwind_exit(ex) || zend_is_graceful_exit(ex));
}

zend_object *amc_exception_stash(void)
{
	zend_object *ex = EG(exception);
	EG(exception) = NULL;
	return ex;
}

void amc_exception_unstash(zend_object *stashed)
{
	if (!stashed) {
		return;
	}
	zend_object *now = EG(exception);
	if (!now) {
		EG(exception) = stashed;
	} else if (zend_is_unwind_exit(now) || zend_is_graceful_exit(now) || now == stashed) {
		OBJ_RELEASE(stashed); /* exit() wins outright */
	} else {
		zend_exception_set_previous(now, stashed); /* takes our reference */
	}
}

/* A declared property of `scope` on `obj`, or NULL with PHP's own Error when
 * it is uninitialised: an object made by unserialize() or
 * ReflectionClass::newInstanceWithoutConstructor(), or by a subclass whose
 * constructor skipped the native one (the message then says so). */
zval *amc_read_prop(zend_class_entry *scope, zend_object *obj, const char *name, size_t len)
{
	zend_property_info *info = zend_hash_str_find_ptr(&scope->properties_info, name, len);
	ZEND_ASSERT(info && !(info->flags & ZEND_ACC_STATIC));
	zval *slot = OBJ_PROP(obj, info->offset);
	if (Z_TYPE_P(slot) != IS_UNDEF) {
		ZVAL_DEREF(slot);
		return slot;
	}
	zend_function *ctor = obj->ce->constructor;
	if (ctor && ctor->type == ZEND_USER_FUNCTION && scope->constructor && scope->constructor->type == ZEND_INTERNAL_FUNCTION) {
		zend_throw_error(NULL, "Typed property %s::$%s must not be accessed before initialization: "
			"%s::__construct() must call parent::__construct()",
			ZSTR_VAL(info->ce->name), name, ZSTR_VAL(ctor->common.scope->name));
	} else {
		zend_throw_error(NULL, "Typed property %s::$%s must not be accessed before initialization",
			ZSTR_VAL(info->ce->name), name);
	}
	return NULL;
}

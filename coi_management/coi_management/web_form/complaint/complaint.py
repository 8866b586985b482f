from coi_management.core import guest


def get_context(context):
	# a public page: never cached, so the one-time tracking code is never served to someone else
	context.no_cache = 1
	guest.speak_publicly()  # the institution's language, whatever the browser asks for

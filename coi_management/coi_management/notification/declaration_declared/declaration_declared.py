def get_context(context):
	pass

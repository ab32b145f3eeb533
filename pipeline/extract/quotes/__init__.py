"""Direct quotes, their speakers and reported content; reported speech."""

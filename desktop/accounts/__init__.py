"""Clerk accounts with roles (填报员, 审核人, 管理员), passwords (scrypt) and the reviewer's sign-off."""

"""Personal data on screen and in print: masking ID numbers, phones and bank accounts."""

"""The cycle's submission package (报送包): building it and carrying it to a USB drive."""

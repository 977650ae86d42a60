"""Burden monitoring (减负监测): what arrives at the office, measured per department and period."""

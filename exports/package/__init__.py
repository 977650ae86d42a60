"""The .yibiao submission package: manifest, writer, verifier, the verified copy to a drive."""

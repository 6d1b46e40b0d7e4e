"""What touches HTTP below the call engine: authentication negotiated from the challenge
(auth), the bounded reading of bodies (body), whole-attempt deadlines (deadline) and TLS
settings (tls)."""

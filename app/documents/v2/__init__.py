"""Renderer version 2: see app.documents.v2.renderer."""

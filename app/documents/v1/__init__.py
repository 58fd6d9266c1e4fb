"""Renderer version 1 (frozen): see app.documents.v1.renderer."""

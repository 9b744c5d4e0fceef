<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('kb_documents', function (Blueprint $t) {
            $t->id();
            $t->string('tenant_id', 50);
            $t->string('project_key');
            $t->string('disk');
            $t->string('path');
            $t->string('title');
            $t->string('mime_type');
            $t->string('remote_id')->index();
            $t->json('metadata');
            $t->timestamps();
            $t->softDeletes();
            $t->unique(['tenant_id', 'disk', 'path']);
        });
        Schema::create('kb_audit', function (Blueprint $t) {
            $t->id();
            $t->string('connector');
            $t->string('event');
            $t->unsignedBigInteger('installation_id')->nullable();
            $t->json('metadata')->nullable();
            $t->timestamp('created_at');
        });
        Schema::create('cache', function (Blueprint $t) {
            $t->string('key')->primary();
            $t->mediumText('value');
            $t->integer('expiration');
        });
        Schema::create('cache_locks', function (Blueprint $t) {
            $t->string('key')->primary();
            $t->string('owner');
            $t->integer('expiration');
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('cache_locks');
        Schema::dropIfExists('cache');
        Schema::dropIfExists('kb_audit');
        Schema::dropIfExists('kb_documents');
    }
};
